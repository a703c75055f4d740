/** The command line's help text. */
export const USAGE = `Usage:
  interview-follow-up agenda [VAULT] [--today YYYY-MM-DD] [--folder PATH]...
                             [--holiday YYYY-MM-DD]... [--property FIELD=NAME]...
                             [--json]
  interview-follow-up calendar [VAULT] [--today YYYY-MM-DD] [--folder PATH]...
                               [--holiday YYYY-MM-DD]... [--property FIELD=NAME]...
                               [--output FILE]
  interview-follow-up draft NOTE KIND [--who NAME] [--vault DIR] [--today YYYY-MM-DD]
                            [--property FIELD=NAME]...
  interview-follow-up mark NOTE KIND [--date YYYY-MM-DD] [--vault DIR] [--property FIELD=NAME]...
  interview-follow-up outcome NOTE STATUS [--date YYYY-MM-DD] [--vault DIR] [--property FIELD=NAME]...
  interview-follow-up snooze NOTE --until YYYY-MM-DD [--vault DIR] [--property FIELD=NAME]...
  interview-follow-up new [VAULT] --company NAME --position TITLE
                          --date YYYY-MM-DD [--time HH:mm]
                          [--interviewer NAME]... [--reference NAME]...
                          [--promised-date YYYY-MM-DD] [--contact-method METHOD]
                          [--final-round] [--folder PATH]
  interview-follow-up track NOTE [--date YYYY-MM-DD[THH:mm]] [--company NAME]
                            [--position TITLE] [--interviewer NAME]...
                            [--reference NAME]... [--property FIELD=NAME]...
                            [--dry-run] [--vault DIR]
  interview-follow-up config set KEY VALUE | get KEY | unset KEY | list [--vault DIR]

agenda prints the follow-ups due after your interviews: thank-you notes, the
heads-up to your references, status inquiries, and more. calendar prints
the open ones as an iCalendar file for a phone's calendar, or writes it to
FILE (only ever replacing a calendar it wrote before). draft prints the
draft of a follow-up the note has (subject line first), to one person with
--who; KIND may also be linkedin-note, for any note naming an interviewer.
mark records that you did a follow-up the note has, outcome records how the
application went on or ended (in its latest round), and snooze makes a
note's open follow-ups wait. They change only those properties of the note;
a note whose properties cannot be read is left as it was. new writes a new
interview note, named YYYY-MM-DD Company - Position.md, never over an
existing note, and prints its path inside the vault last.
track turns a note you already have into an interview note (see track --help).
config sets your name, email, phone and signature for the drafts, in the
plugin's saved settings (see config --help).

  VAULT               the vault folder (default: the current folder; --vault
                      DIR says the same)
  --today DATE        compute the agenda as on this day (default: today)
  --folder PATH       every note in this folder of the vault is an interview
                      note (repeatable; adds to the plugin's saved settings;
                      a warning when it is not there or holds no note)
  --holiday DATE      a day that is not a business day (repeatable)
  --property FIELD=NAME
                      read (and record) FIELD under your own property NAME,
                      such as --property "date=Interview Day" (repeatable;
                      over the plugin's saved property names)
  --json              one JSON object on standard output
  --output FILE       write the calendar to FILE instead of standard output
  NOTE                the interview note: its path from the current folder,
                      or absolute; it must lie inside the vault
  KIND                a follow-up the note has: thank-you, notify-references,
                      promised-follow-up, status-inquiry, written-offer,
                      rejection-reply, offer-deadline, offer-nudge, withdraw,
                      thank-references
  STATUS              waiting, next-round, verbal-offer, offer, accepted,
                      declined, rejected, withdrawn, ghosted
  --date DATE         the day you did it or heard it (default: today)
  --until DATE        the day the note's open follow-ups wait until
  --who NAME          the interviewer or reference a draft is for
  --vault DIR         the vault NOTE lies in (default: the nearest folder
                      above NOTE that holds .obsidian, else the current
                      folder); for config, the nearest folder at or above the
                      current one that holds .obsidian, else the current folder
  --help              this text; COMMAND --help: that command's help only
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

const PROPERTY_HELP = `  --property FIELD=NAME
                      read (and record) FIELD under your own property NAME,
                      such as --property "date=Interview Day" (repeatable;
                      over the plugin's saved property names). FIELD is a
                      field of an interview note: date, company, position,
                      interviewer, references, promised_date, follow_up_by,
                      status, decision_date, offer_deadline, thank_you_sent, ...`;

const NOTE_HELP = `NOTE is the note's path from the current folder (or an absolute path); it
must lie inside the vault: --vault DIR, else the nearest folder above the note
that holds .obsidian, else the current folder.`;

const VAULT_HELP = `  --vault DIR         the vault NOTE lies in`;

const KIND_HELP = `KIND is one of thank-you, notify-references, promised-follow-up,
status-inquiry, written-offer, rejection-reply, offer-deadline, offer-nudge,
withdraw, thank-references: a follow-up the note has, one that agenda lists
for it (in any state). For any other kind, or a note that is not an
interview note, the command says why, exits with status 2 and changes
nothing.`;

const QUERY_HELP = `  VAULT               the vault folder (default: the current folder)
  --vault DIR         the same as VAULT
  --today DATE        as on this day (default: today)
  --folder PATH       every note in this folder of the vault is an interview
                      note (repeatable; adds to the plugin's saved settings);
                      a folder that is not there or holds no note is a
                      warning on standard error
  --holiday DATE      a day that is not a business day (repeatable)
${PROPERTY_HELP}`;

/** Each command's own help: `interview-follow-up mark --help`. */
export const COMMAND_HELP: Readonly<Record<string, string>> = {
  agenda: `Usage: interview-follow-up agenda [VAULT] [--today YYYY-MM-DD] [--folder PATH]...
                                  [--holiday YYYY-MM-DD]... [--property FIELD=NAME]...
                                  [--json]

Prints the follow-ups due after your interviews, grouped by state: what to
do, for which application, and when. Uses the plugin's saved settings in the
vault, so the sidebar and the command line agree.

${QUERY_HELP}
  --json              one JSON object on standard output
`,
  calendar: `Usage: interview-follow-up calendar [VAULT] [--today YYYY-MM-DD] [--folder PATH]...
                                    [--holiday YYYY-MM-DD]... [--property FIELD=NAME]...
                                    [--output FILE]

Prints the open follow-ups as an iCalendar file for a phone's calendar, or
writes it to FILE (only ever replacing a calendar it wrote before).

${QUERY_HELP}
  --output FILE       write the calendar to FILE instead of standard output
`,
  draft: `Usage: interview-follow-up draft NOTE KIND [--who NAME] [--vault DIR]
                             [--today YYYY-MM-DD] [--property FIELD=NAME]...

Prints the draft of a follow-up the note has, subject line first. A
follow-up that is not due yet, or already done, is still drafted, and
standard error says so ("not due until Monday, December 7"). KIND may also
be linkedin-note: a LinkedIn connection note, for any interview note that
names an interviewer.

${KIND_HELP}

${NOTE_HELP}

  --who NAME          the interviewer or reference the draft is for (for a
                      thank-you or a thanks to references: one of those the
                      follow-up is for)
${VAULT_HELP}
  --today DATE        as on this day (default: today)
${PROPERTY_HELP}
`,
  mark: `Usage: interview-follow-up mark NOTE KIND [--date YYYY-MM-DD] [--vault DIR]
                            [--property FIELD=NAME]...

Records in the note that you did a follow-up it has: its done marker
(thank_you_sent, references_notified, ...) becomes the day, and a status
inquiry adds the day to inquiries. Only that property's line changes.
offer-deadline has nothing to mark: answer the offer with outcome accepted
or declined.

${KIND_HELP}

${NOTE_HELP}

  --date DATE         the day you did it (default: today)
${VAULT_HELP}
${PROPERTY_HELP}
`,
  outcome: `Usage: interview-follow-up outcome NOTE STATUS [--date YYYY-MM-DD] [--vault DIR]
                               [--property FIELD=NAME]...

Records how the application went on or ended: status and decision_date.
They go into the application's latest round (the note of the same company
and position with the latest date), as the plugin does; when that is
another note than NOTE, it says which. NOTE must be an interview note.

STATUS is one of waiting, next-round, verbal-offer, offer, accepted,
declined, rejected, withdrawn, ghosted.

${NOTE_HELP}

  --date DATE         the day you heard it (default: today)
${VAULT_HELP}
${PROPERTY_HELP}
`,
  new: `Usage: interview-follow-up new [VAULT] --company NAME --position TITLE
                           --date YYYY-MM-DD [--time HH:mm]
                           [--interviewer NAME]... [--reference NAME]...
                           [--promised-date YYYY-MM-DD] [--contact-method METHOD]
                           [--final-round] [--folder PATH]

Writes a new interview note, named YYYY-MM-DD Company - Position.md, never
over an existing note, and prints its path inside the vault last.

  VAULT               the vault folder (default: the current folder)
  --vault DIR         the same as VAULT
${USAGE.slice(USAGE.indexOf("new takes the note's properties:\n") + "new takes the note's properties:\n".length)}`,
  snooze: `Usage: interview-follow-up snooze NOTE --until YYYY-MM-DD [--vault DIR]
                              [--property FIELD=NAME]...

Makes the note's open follow-ups wait until a day (snoozed_until). NOTE must
be an interview note.

${NOTE_HELP}

  --until DATE        the day the note's open follow-ups wait until
${VAULT_HELP}
${PROPERTY_HELP}
`,
  track: `Usage: interview-follow-up track NOTE [--date YYYY-MM-DD[THH:mm]] [--company NAME]
                             [--position TITLE] [--interviewer NAME]...
                             [--reference NAME]... [--property FIELD=NAME]...
                             [--dry-run] [--vault DIR]

Turns a note you already have (a meeting note, a journal entry) into an
interview note: adds type: interview (a type it has keeps its value, with
interview beside it) and each field it lacks that can be found, and changes
nothing else in the note. Found, in this order: the options; a property
under another name for the field (org, role, people, ...) or your own name
for it, which is left where it is; a Dataview field in the note's text
(role:: Staff Engineer, [interviewer:: Dana Lee], (hear_back_by::
2026-11-25)); a YYYY-MM-DD in the file name, for the date only. Prints what
it added. Without an interview day found or given, it writes nothing and
exits with status 2.

${NOTE_HELP}

  --date DATE         the day of the interview (a time too: 2026-11-18T14:30)
  --company NAME      the employer
  --position TITLE    the job title you interviewed for
  --interviewer NAME  someone who interviewed you (repeatable)
  --reference NAME    a reference you gave (repeatable)
  --dry-run           print what would be added, and write nothing
${VAULT_HELP}
${PROPERTY_HELP}
`,
  config: `Usage: interview-follow-up config set KEY VALUE [--vault DIR]
       interview-follow-up config get KEY [--vault DIR]
       interview-follow-up config unset KEY [--vault DIR]
       interview-follow-up config list [--vault DIR]

Your details for the drafts, so they end with your name instead of
[your name]: KEY is name, email, phone or signature. They are kept in the
plugin's saved settings, .obsidian/plugins/interview-follow-up/data.json in
the vault, the same file the plugin's settings tab writes: set changes that
one key and keeps every other as it was, and makes the folder and the file
when the plugin is not installed there yet. The signature may span lines
(type a line break as \\n); without one, drafts end with your name.

  KEY                 name, email, phone or signature
  VALUE               the value (quoted when it holds spaces)
  --vault DIR         the vault (default: the nearest folder at or above the
                      current one that holds .obsidian, else the current
                      folder)

Example: interview-follow-up config set name "Alex Morgan"
`,
};

/** One command's help; for a command without its own, the whole usage when it names that command; else null. */
export function commandHelp(command: string): string | null {
  if (Object.prototype.hasOwnProperty.call(COMMAND_HELP, command)) return COMMAND_HELP[command] ?? null;
  return USAGE.includes(`interview-follow-up ${command} `) ? USAGE : null;
}
