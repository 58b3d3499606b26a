import { Fragment } from 'react';

/** Renders text with `backtick` spans as code; everything else stays plain text. */
export function InlineCode({ text }: { text: string }) {
  const parts = text.split('`');
  return (
    <>
      {parts.map((part, index) => {
        const key = `${index}-${part}`;
        return index % 2 === 1 ? (
          <code key={key}>{part}</code>
        ) : (
          <Fragment key={key}>{part}</Fragment>
        );
      })}
    </>
  );
}
