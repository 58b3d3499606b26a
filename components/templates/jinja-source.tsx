import styles from './templates.module.css';

/** A template's Jinja source with line numbers, so render errors ("line 42") are easy to find. */
export function JinjaSource({ text }: { text: string }) {
  const lines = text.replace(/\n$/, '').split('\n');
  return (
    <pre className={styles.source}>
      <code>
        {lines.map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional and never reorder
          <span key={index} className={styles.sourceLine}>
            <span className={styles.lineNumber} aria-hidden="true">
              {index + 1}
            </span>
            {`${line}\n`}
          </span>
        ))}
      </code>
    </pre>
  );
}
