export const USAGE = `social-desk: Social Desk's command-line tool (no window needed)

Usage:
  social-desk <command> [options]

Commands:
  drafts list            List the drafts in the data folder as JSON, most recently saved first

Options:
  --data DIR             The data folder (default: the app's folder in your OS's app-data folder)
  --help, -h             Show this help
  --version              Show the version

Exit codes: 0 done, 1 the command failed, 2 the command line was wrong.
Errors are printed on stderr and say what to do.`;
