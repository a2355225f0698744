import type { ItemRef } from '../../../shared/ipc/channels/workflow-channels';

/** Where the person is; App switches on it, and each screen can send them to another. */
export type Screen =
  | { readonly name: 'drafts' }
  | { readonly name: 'editor'; readonly draftId?: string }
  | { readonly name: 'history'; readonly draftId: string }
  | { readonly name: 'inbox' }
  | { readonly name: 'packet'; readonly item: ItemRef; readonly back: Screen }
  | { readonly name: 'pages'; readonly pageId?: string }
  | { readonly name: 'people' }
  | { readonly name: 'queue' }
  | { readonly name: 'comment'; readonly seq: number; readonly back: Screen }
  | { readonly name: 'import' }
  | { readonly name: 'report' }
  | { readonly name: 'journal' }
  | { readonly name: 'records-search' }
  | { readonly name: 'retention' }
  | { readonly name: 'export' }
  | { readonly name: 'audit' };

export type Go = (next: Screen) => void;
