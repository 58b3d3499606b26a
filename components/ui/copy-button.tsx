'use client';

import { useEffect, useState } from 'react';

/** Props of a copy button. */
export interface CopyButtonProps {
  value: string;
  label?: string;
  className?: string;
}

async function copyText(value: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value);
    return true;
  } catch {
    return false;
  }
}

/** Copies a value to the clipboard and says so; says so too when the browser refuses. */
export function CopyButton({ value, label = 'Copy', className = 'button' }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);

  const text =
    state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed: select and copy' : label;
  return (
    <button
      type="button"
      className={className}
      onClick={async () => setState((await copyText(value)) ? 'copied' : 'failed')}
    >
      <span aria-live="polite">{text}</span>
    </button>
  );
}
