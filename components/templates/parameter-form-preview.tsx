'use client';

import { type KeyboardEvent, useRef, useState } from 'react';
import { ParameterFieldView } from './parameter-field-view';
import { readParameterTabs } from './parameter-tabs';
import styles from './templates.module.css';

/**
 * The tune form a parameter schema drives, read-only: one tab per top-level group, each field
 * showing its default. Tabs follow the WAI-ARIA pattern (arrow keys, Home, End).
 */
export function ParameterFormPreview({ schema }: { schema: unknown }) {
  const tabs = readParameterTabs(schema);
  const [selected, setSelected] = useState(0);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);

  if (tabs.length === 0) {
    return (
      <p className="muted">
        This template declares no parameters; tunes use its Jinja defaults as they are.
      </p>
    );
  }

  function focusTab(index: number) {
    const next = (index + tabs.length) % tabs.length;
    setSelected(next);
    tabRefs.current[next]?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = {
      ArrowRight: selected + 1,
      ArrowLeft: selected - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    focusTab(target);
  }

  const current = tabs[selected] ?? tabs[0];
  return (
    <div className={styles.formPreview}>
      <div
        role="tablist"
        aria-label="Parameter groups"
        className={styles.tabs}
        onKeyDown={onKeyDown}
      >
        {tabs.map((tab, index) => (
          <button
            key={tab.key}
            ref={(element) => {
              tabRefs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`tab-${tab.key}`}
            aria-selected={index === selected}
            aria-controls={`panel-${tab.key}`}
            tabIndex={index === selected ? 0 : -1}
            className={styles.tab}
            onClick={() => setSelected(index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {current ? (
        <div
          role="tabpanel"
          id={`panel-${current.key}`}
          aria-labelledby={`tab-${current.key}`}
          className={styles.tabPanel}
        >
          {current.description ? <p className="muted">{current.description}</p> : null}
          <div className={styles.fieldGrid}>
            {current.fields.map((field) => (
              <ParameterFieldView key={field.path} field={field} />
            ))}
          </div>
        </div>
      ) : null}
    </div>
  );
}
