/**
 * A page as people know it, by name. A page the draft names but the pages list no longer holds is
 * said to be so, with its whole id: the one thing that finds it again in the audit trail.
 */
export function pageNamer(
  pages: readonly { readonly id: string; readonly name: string }[],
): (id: string) => string {
  // Built once per pages list: the drafts list names pages for 20,000 rows.
  const names = new Map(pages.map((page) => [page.id, page.name]));
  return (id) => names.get(id) ?? unrecordedPage(id);
}

export function unrecordedPage(id: string): string {
  return `a page no longer recorded (id ${id})`;
}
