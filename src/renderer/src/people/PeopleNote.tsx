import { type ReactNode, useEffect, useRef } from 'react';

/**
 * What an action did, in words, taking the focus when it appears: a screen reader hears it at
 * once, and the next Tab goes on from where the person acted. Keyed by the caller so each new
 * result is announced again.
 */
export function PeopleNote({ children }: { readonly children: ReactNode }) {
  const note = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    note.current?.focus();
  }, []);
  return (
    <p ref={note} role="status" tabIndex={-1} className="people-note">
      {children}
    </p>
  );
}
