/**
 * The importer speaks the command line's options; the app has a Date order select, a mapping of
 * columns and an Import button instead. Every message of the app's preview and import reports
 * passes through here, so a person at the screen is never told to type an option.
 */
export function appWords(reason: string): string {
  return reason
    .replace(
      /--date-format dmy \(day first\) or --date-format mdy \(month first\)/g,
      'the Date order: day first or month first',
    )
    .replace(/--date-format dmy or mdy/g, 'the Date order (day first or month first)')
    .replace(/--date-format (dmy|mdy|ymd)/g, 'the Date order')
    .replace(/--date-format/g, 'the Date order')
    .replace(/for --map (\w+)=[^ ]+? \(columns:/g, 'for the $1 field (columns:')
    .replace(/Say which with --map text=COLUMN \([^)]*\)/g, 'Choose the Text column')
    .replace(/give --format csv or --format json/g, 'save it with a .csv or .json name')
    .replace(/run the same command again/g, 'import the same file again');
}
