/**
 * A chained hash, short enough to read in a list, with the whole of it one press away to select or
 * copy (a records officer compares it with `social-desk log verify`'s output or a checkpoint).
 */
export function HashText({ hash, label }: { readonly hash: string; readonly label: string }) {
  return (
    <details className="hash-text">
      <summary>
        {label} <code aria-hidden="true">{hash.slice(0, 12)}…</code>
        <span className="visually-hidden">, starting {hash.slice(0, 12)}: show it whole</span>
      </summary>
      <code className="hash-whole" aria-label={`${label}, whole`}>
        {hash}
      </code>
    </details>
  );
}
