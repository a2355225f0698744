import { TEMPLATES, TEMPLATE_FIELD_MAX } from '../../shared/drafts/templates';

const INDENT = ' '.repeat(40);

/** Each template's field names, from the templates themselves so the help never falls behind. */
const TEMPLATE_LINES = TEMPLATES.map(
  (template) =>
    `${INDENT}${template.category}: ${template.fields.map((field) => field.id).join(', ')}`,
).join('\n');

export const USAGE = `social-desk: Social Desk's command-line tool (no window needed)

Usage:
  social-desk <command> [options]

Commands:
  drafts list                         The drafts, as JSON, most recently saved first
  drafts add FILE.json --profile NAME A new draft from {title, body, category, fields?, pages?}
                                      (pages: ids, names or URLs of recorded pages); prints it
                                      with its id. fields: the template's values, by name, each
                                      required (at most ${TEMPLATE_FIELD_MAX} characters) for:
${TEMPLATE_LINES}
  drafts save ID FILE.json --profile NAME
                                      A new revision from a file shaped as for drafts add
                                      (refused while submitted, published or archived; an
                                      approved draft's approval is voided)
  drafts show ID                      {id, status, awaitingConfirmation, packetHash,
                                      latestRevision, workflow}, as JSON
  drafts diff ID [--from N] [--to M]  Two revisions compared word by word, as
                                      [-removed-]{+added+}; by default the one before the
                                      latest with the latest
  drafts attest ID --items A,B --profile NAME
                                      Attest checklist items for the latest revision
  drafts submit ID --profile NAME     Submit for approval, freezing the packet; exit 1 listing
                                      the open checklist items, one per line
  drafts decide ID --decision approve|approve-with-changes|changes-requested|deny
                   [--comment TEXT] --profile NAME
                                      Record the approver's decision on the submitted packet;
                                      exit 1 for whoever drafted or submitted it
  drafts published ID --url URL [--page PAGE] [--at ISO-TIME] --profile NAME
                                      Record where and when the approved post went out; PAGE
                                      (id, name or URL) defaults to the draft's only target page
  profiles list                       The profiles and their roles, as JSON
  profiles add --name N --roles r1,r2 [--profile ADMIN]
                                      Add a profile (roles: drafter, moderator, administrator,
                                      approver, records). The first one must be an administrator
                                      and needs no --profile; its passphrase comes from
                                      SOCIAL_DESK_NEW_PASSPHRASE or a hidden prompt
  pages list                          The department's pages, as JSON
  pages add --platform P --name N --url U [--audience A]
                                      Record a page; prints it with its id
  pages intro PAGE_ID FILE.txt --categories C1,C2 --profile NAME
                                      Record a new version of the page's intro statement
                                      (categories: obscenity, off-topic, personal-attack, the
                                      removal reasons it publishes); prints the version and its
                                      page-design checklist as check --intro does. Exit 1 if an
                                      item is open (the version is recorded all the same), 2 for
                                      an unreadable file or a wrong category (nothing recorded)
  packet ID --out FILE.html [--pdf FILE.pdf]
                                      The Chief-approval packet of a draft, page or
                                      intro-statement version (ID): the frozen one if submitted,
                                      else a preview marked "PREVIEW — NOT SUBMITTED". --pdf
                                      also prints it to PDF with the machine's Chromium
                                      (/usr/bin/chromium, chromium, chromium-browser or
                                      google-chrome on the PATH, or SOCIAL_DESK_CHROMIUM)
  comments import FILE --page ID [--format csv|json] [--map field=column,...]
                   [--date-format dmy|mdy|ymd]
                                      Import a platform export as captured comments; prints
                                      {imported, edited, duplicates, rejected} (rejected rows with
                                      their line and reason). Re-running adds nothing new; a
                                      comment whose text changed is recorded as edited, keeping
                                      both texts. Fields: id, text, author, time, permalink.
                                      Dates like 03/04/2026 need --date-format. If the disk fills
                                      up it says how many rows were saved: run it again after
                                      freeing space to add the rest
  comments list [--page ID] [--action A] [--reason R] [--search WORDS] [--from DATE] [--to DATE]
                                      The comments, as JSON [{id, text, page, pageName, state,
                                      reason, author, postedAt, ...}], oldest first; every option
                                      narrows: --action new|keep|hide|remove|restore|refer (the
                                      state its standing action left), --search words in its texts
                                      or author, --from/--to whole days (YYYY-MM-DD, local time)
  comments act COMMENT_ID --action keep|hide|remove|restore|refer [--reason R] [--note TEXT]
                                      Act on a comment as --profile (a moderator); prints the
                                      comment with its new state. hide and remove need --reason
                                      obscenity|off-topic|personal-attack, one the page's intro
                                      statement published when the comment was posted: any other
                                      exits 1 naming the categories it had published then
  comments history COMMENT_ID         The comment's whole story from the journal, as JSON:
                                      captured, edits (both texts), each action with the intro
                                      statement version it was judged under, corrections,
                                      reviews and notices, each with who, when and its hash.
                                      Reads only (no --profile); exit 1 for an unknown id
  comments report [--from DATE] [--to DATE] [--out FILE.html]
                                      The consistency report: standing hides and removals by
                                      reason, page, moderator and month (local time; corrected,
                                      disputed and awaiting-review ones counted apart), as JSON;
                                      --out writes it as HTML with its chart, or CSV for a name
                                      ending .csv (never inside the data folder). Dates are
                                      YYYY-MM-DD, both days included. Reads only (no --profile)
  search WORDS [--types T1,T2] [--page ID] [--from DATE] [--to DATE]
                                      Every word in drafts, their earlier revisions, published
                                      posts, pages, intro statements, comments and approval
                                      packets, as JSON [{type, id, title, snippet, created,
                                      pages}], newest first (at most 200). --types draft,
                                      revision,post,page,intro,comment,packet; --page one or more
                                      page ids (comma-separated); dates YYYY-MM-DD, local days,
                                      both included. Reads only (no --profile)
  audit [--from DATE] [--to DATE] [--by PROFILE_ID] [--kind K] [--store S] [--words W]
    [--out FILE.csv|FILE.html]
                                      The audit trail: every journal event with who, what, when
                                      and, for a change to a store, the document's hash before
                                      and after, newest first, one JSON entry a line; --out
                                      writes every entry as CSV or HTML (never inside the data
                                      folder). --kind an event type (audit.change, moderation.
                                      action, ...); --store pages, profiles, drafts, department,
                                      retention; dates are local days, both included. Reads only
  export --request TEXT [--from DATE] [--to DATE] [--pages ID,...] [--types T1,T2]
    [--words W1,W2] [--redact-third-parties] [--note TEXT] --out DIR --profile NAME
                                      Export records for a public-records request or e-discovery
                                      into the new folder DIR and DIR.zip: JSON and CSV per type,
                                      an index, the files they name, their journal lines and a
                                      manifest of SHA-256s; recorded in the audit trail. Needs
                                      the records role. --types draft,post,comment,moderation,
                                      packet,intro,audit; dates are local days, both included
  export verify DIR                   Re-hash every file of an export against its manifest;
                                      exit 1 naming the first changed, missing or added file
  retention due [--types T1,T2]       What is past retention today, as JSON {total, held, due:
                                      [{type, id, title, dueOn, heldBy, authority}], next: {on,
                                      count}}: heldBy names the legal holds keeping a record.
                                      Reads only (no --profile)
  retention set --type T --trigger G (--years N --months N --days N | --permanent)
    --authority TEXT [--note TEXT] --profile NAME
                                      Set a record type's retention schedule (needs the records
                                      role); --authority is the schedule item it follows. Types:
                                      draft, post, comment, moderation, packet, intro, audit;
                                      triggers: created, published, superseded, closed (each type
                                      has only those it can meet)
  holds list                          Every legal hold, active first, released ones with who,
                                      when and why, as JSON. Reads only (no --profile)
  holds add --name N --matter M [--from DATE] [--to DATE] [--pages ID,ID] [--types T1,T2]
    [--words W --words W2 | --words W1,W2] --profile NAME
                                      Place a legal hold (needs the records role); every option
                                      narrows what it covers (dates of creation, local days;
                                      words: a record holding any of them). Prints it with its id
  holds release HOLD_ID --reason TEXT --profile NAME
                                      Release a hold, with the reason (needs the records role)
  dispose --reason TEXT [--records TYPE:ID,...] --profile NAME
                                      Dispose of what is due and under no hold (or only the
                                      records named), through chained disposition events; prints
                                      what was disposed of and the events. Exit 1, nothing
                                      disposed of, for a named record under hold or not due
  settings place-names FILE --profile NAME
                                      The department's street and place names, which the
                                      obscenity check never flags (Hooker Ave, Cumming Park),
                                      from a text file (one name a line) or a CSV file (its only
                                      column, or the one headed name, street or place); replaces
                                      the list. Prints {file, imported, duplicates, blank,
                                      headerSkipped, changed}. Needs the administrator role and
                                      saved department settings; a bad file changes nothing
  log verify [--checkpoint SEQ:HASH]  Check the moderation journal's hash chain; exit 1 if it was
                                      changed, or no longer holds the checkpoint
  log checkpoint                      Print {"events":N,"head":HASH}: keep it somewhere else
  check FILE [--department FILE]      The content checklist for a post body (.txt) or a draft
                                      (.json: {title, body, category, pages?}), as JSON
                                      {findings, checklist}; exit 0 clean, 1 findings, 2 unreadable.
                                      pages: department page names or URLs, page URLs, or
                                      platforms (x, instagram, ...): their limits join the list.
                                      --department names the department's own contact lines,
                                      website and pages (shape of shared/samples/department.json)
  check FILE --intro [--audience A]   The page-design checklist for an intro statement (.txt, or
                                      a page .json {platform, name, url, audience,
                                      introStatement}); exit 1 if anything is missing or found
  backup --out FILE --profile NAME    Write the whole data folder to one owner-only file, with
                                      the SHA-256 of every file; recorded (close the app first)
  restore FILE --profile NAME         Check a backup whole, then put it in place of the data
    [--allow-older]                   folder; the old contents are kept beside it. A backup
                                      older than the log needs --allow-older

Options:
  --data DIR       The data folder (default: the app's folder in your OS's app-data folder)
  --profile NAME   Who is acting, for commands that change records; the passphrase comes from
                   SOCIAL_DESK_PASSPHRASE or a hidden prompt (never the command line)
  --help, -h       Show this help
  --version        Show the version

Exit codes: 0 done, 1 the command failed (or, for log verify, the log was changed), 2 the command
line was wrong. Errors are printed on stderr and say what to do.`;
