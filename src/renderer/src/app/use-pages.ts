import { useEffect, useState } from 'react';
import type { Page } from '../../../shared/pages/page';
import type { DeskError } from '../../../shared/result';
import { desk } from '../desk';

/** No pages yet: one constant, so a screen's memos do not see a new empty list each render. */
export const NO_PAGES: readonly Page[] = [];

/**
 * The department's pages, read once when a screen opens (undefined until they arrive). A screen
 * that can do without page names passes no `onError`; one that needs them shows the error.
 */
export function usePages(onError?: (error: DeskError) => void): readonly Page[] | undefined {
  const [pages, setPages] = useState<readonly Page[]>();
  useEffect(() => {
    let current = true;
    void desk()
      .pages.list({})
      .then((result) => {
        if (!current) return;
        if (result.ok) setPages(result.value);
        else onError?.(result.error);
      });
    return () => {
      current = false;
    };
    // Read once per screen: the error handler given on a later render changes nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return pages;
}
