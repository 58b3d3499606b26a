'use client';

import { type ReactNode, useEffect, useRef } from 'react';

/** Props of a confirmation dialog. */
export interface ConfirmDialogProps {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  isBusy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before something that cannot be undone. A native modal <dialog>, so focus stays inside,
 * Escape cancels and the page behind is inert without any extra code.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { isOpen, title, children, confirmLabel, isBusy, onConfirm, onCancel } = props;
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby="confirm-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <div className="dialog-body">
        <h2 id="confirm-dialog-title">{title}</h2>
        <div>{children}</div>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel} disabled={isBusy}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-danger-solid"
          onClick={onConfirm}
          disabled={isBusy}
        >
          {isBusy ? 'Working…' : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
