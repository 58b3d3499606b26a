/** Placeholder rows while a table loads, so the page does not jump when data arrives. */
export function TableSkeleton({ columns, rows = 4 }: { columns: number; rows?: number }) {
  const rowKeys = Array.from({ length: rows }, (_, index) => `row-${index}`);
  const columnKeys = Array.from({ length: columns }, (_, index) => `column-${index}`);
  return (
    <tbody aria-busy="true" data-testid="loading">
      {rowKeys.map((rowKey) => (
        <tr key={rowKey}>
          {columnKeys.map((columnKey) => (
            <td key={columnKey}>
              <span className="skeleton" />
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}
