import type { Agenda } from '../engine/agenda';
import { AGENDA_GROUP_ORDER, AGENDA_GROUP_TITLES, agendaGroupOf, daysLeftInWords, interviewsComingUp } from '../engine/agenda-groups';
import type { InterviewNote } from '../engine/interview-note';
import { visibleControls } from './control-characters';
import type { FollowUp, FollowUpState } from '../engine/follow-ups';
import { applicationLabel, dayInWords, dayInWordsWithYear, followUpTitle, noteLabel, whenInWords } from '../engine/words';

export interface Style {
  heading(text: string): string;
  state(state: FollowUpState, text: string): string;
  dim(text: string): string;
}

const ANSI: Record<FollowUpState | 'bold' | 'dim', string> = {
  overdue: '\u001b[31m',
  due: '\u001b[33m',
  waiting: '\u001b[36m',
  done: '\u001b[32m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
};
const RESET = '\u001b[0m';

export const PLAIN: Style = { heading: (t) => t, state: (_s, t) => t, dim: (t) => t };
export const COLOUR: Style = {
  heading: (t) => `${ANSI.bold}${t}${RESET}`,
  state: (s, t) => `${ANSI[s]}${t}${RESET}`,
  dim: (t) => `${ANSI.dim}${t}${RESET}`,
};


function line(f: FollowUp, agenda: Agenda, style: Style): string[] {
  const label = applicationLabel(f);
  return [
    `  ${style.state(f.state, '•')} ${visibleControls(followUpTitle(f, agenda.today))}${label !== '' ? ` (${visibleControls(label)})` : ''}: ${style.state(f.state, visibleControls(whenInWords(f, agenda.today)))}`,
    `    ${style.dim(visibleControls(f.note.path))}`,
  ];
}

/** The agenda for a person reading a terminal, grouped by state. */
export function formatAgenda(agenda: Agenda, style: Style, notes: Iterable<InterviewNote> = []): string {
  const out: string[] = [style.heading(`Interview follow-ups, ${dayInWordsWithYear(agenda.today)}`), ''];
  const comingUp = interviewsComingUp(notes, agenda.today);
  if (agenda.followUps.length === 0 && agenda.problems.length === 0 && comingUp.length === 0) {
    out.push('No interview notes found. Give a note `type: interview` and a `date` in its frontmatter, or use --folder.', '');
  }
  // The sidebar's groups, in its words and order.
  for (const id of AGENDA_GROUP_ORDER) {
    if (id === 'coming-up') {
      if (comingUp.length === 0) continue;
      // Interviews still to come: their follow-ups begin on the day.
      out.push(style.heading(`${AGENDA_GROUP_TITLES[id]} (${comingUp.length})`));
      for (const n of comingUp) {
        const label = noteLabel(n);
        const when = `${daysLeftInWords(n.date - agenda.today)}, ${dayInWords(n.date, agenda.today)}${n.time !== null ? ` at ${n.time}` : ''}`;
        out.push(`  ${style.state('waiting', '•')} ${visibleControls(label === '' ? 'Interview' : `Interview: ${label}`)}: ${when}`, `    ${style.dim(visibleControls(n.path))}`);
      }
      out.push('');
      continue;
    }
    const group = agenda.followUps.filter((f) => agendaGroupOf(f, agenda.today) === id);
    if (group.length === 0) continue;
    out.push(style.heading(`${AGENDA_GROUP_TITLES[id]} (${group.length})`));
    for (const f of group) out.push(...line(f, agenda, style));
    out.push('');
  }
  if (agenda.problems.length > 0) {
    out.push(style.heading(`Needs attention (${agenda.problems.length})`));
    for (const p of agenda.problems) out.push(`  ! ${visibleControls(p.note)}${p.line != null ? `:${p.line}` : ''}: ${visibleControls(p.message)}`);
    out.push('');
  }
  return out.join('\n');
}
