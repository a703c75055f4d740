/** The command line's help text. */
export const USAGE = `Usage:
  interview-follow-up agenda [VAULT] [--today YYYY-MM-DD] [--folder PATH]...
                             [--holiday YYYY-MM-DD]... [--json]
  interview-follow-up calendar [VAULT] [--today YYYY-MM-DD] [--folder PATH]...
                               [--holiday YYYY-MM-DD]... [--output FILE]
  interview-follow-up draft NOTE KIND [--who NAME] [--vault DIR] [--today YYYY-MM-DD]
  interview-follow-up mark NOTE KIND [--date YYYY-MM-DD] [--vault DIR]
  interview-follow-up outcome NOTE STATUS [--date YYYY-MM-DD] [--vault DIR]
  interview-follow-up snooze NOTE --until YYYY-MM-DD [--vault DIR]
  interview-follow-up new [VAULT] --company NAME --position TITLE
                          --date YYYY-MM-DD [--time HH:mm]
                          [--interviewer NAME]... [--reference NAME]...
                          [--promised-date YYYY-MM-DD] [--contact-method METHOD]
                          [--final-round] [--folder PATH]

agenda prints the follow-ups due after your interviews: thank-you notes, the
heads-up to your references, status inquiries, and more. calendar prints
the open ones as an iCalendar file for a phone's calendar, or writes it to
FILE (only ever replacing a calendar it wrote before). draft prints a draft
of the follow-up (subject line first) for a note, to one person with --who;
KIND may also be linkedin-note; its vault is the nearest folder above NOTE
that holds .obsidian unless --vault says otherwise. mark records that
you did one, outcome records how the application went on or ended, and
snooze makes a note's open follow-ups wait. They change only those
properties of the note; a note whose properties cannot be read is left as it
was. new writes a new interview note, named YYYY-MM-DD Company - Position.md,
never over an existing note, and prints its path inside the vault last.

  VAULT               the vault folder (default: the current folder)
  --today DATE        compute the agenda as on this day (default: today)
  --folder PATH       every note in this folder of the vault is an interview
                      note (repeatable; adds to the plugin's saved settings)
  --holiday DATE      a day that is not a business day (repeatable)
  --json              one JSON object on standard output
  --output FILE       write the calendar to FILE instead of standard output
  NOTE                the interview note: its path inside the vault
  KIND                what you did: thank-you, notify-references,
                      promised-follow-up, status-inquiry, written-offer,
                      rejection-reply
  STATUS              waiting, next-round, verbal-offer, offer, accepted,
                      declined, rejected, withdrawn
  --date DATE         the day you did it or heard it (default: today)
  --until DATE        the day the note's open follow-ups wait until
  --who NAME          the interviewer or reference a draft is for
  --vault DIR         the vault folder (default: the current folder)
  --help              this text
  --version           the version

new takes the note's properties:
  --company NAME      the employer
  --position TITLE    the job title you interviewed for
  --date DATE         the day of the interview
  --time HH:mm        its time of day (24-hour clock)
  --interviewer NAME  someone who interviewed you (repeatable); a link to a
                      person note works too, such as "[[Pat Jones]]"
  --reference NAME    a reference you gave (repeatable)
  --promised-date DATE
                      the day they said you would hear by
  --contact-method METHOD
                      how they asked to be contacted: email, phone, ...
  --final-round       this was the last round before a decision
  --folder PATH       the folder of the vault the note goes in (default: the
                      plugin's setting, else Interviews; made if missing)
`;
