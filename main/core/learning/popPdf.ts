import type { Content } from 'pdfmake/interfaces';
import type { PopView } from '../../../shared/contract';
import type { Member } from '../../../shared/domain';
import { renderPdf } from '../formats/pdf';
import { dutchDate } from './dutchDate';

const orDash = (text: string) => (text.trim() ? text.trim() : '—');
const percent = (share: number | null) => (share === null ? 'nog geen stappen' : `${Math.round(share * 100)}% van stappen en acties klaar`);

/** The POP for the conversation with the team leader: cycle, then each goal SMARTI with steps, evaluations and progress. */
export async function popPdf(member: Pick<Member, 'name' | 'institution' | 'team'>, view: PopView, createdAt: Date): Promise<Buffer> {
  const title = `POP ${member.name}`;
  const content: Content[] = [{ text: `Persoonlijk ontwikkelingsplan — ${member.name}`, style: 'title' }];
  content.push({ text: [member.institution, member.team].filter(Boolean).join(' · '), style: 'subtitle' });
  const pop = view.pop;
  if (!pop) {
    content.push({ text: 'Er is nog geen POP opgesteld.', italics: true });
    return renderPdf(title, content, createdAt);
  }
  content.push({
    table: {
      widths: [170, '*'],
      body: [
        ['Plan opgesteld', dutchDate(pop.planStart)],
        ['Vernieuwen uiterlijk', `${view.renewalDue ? dutchDate(view.renewalDue) : '—'}${view.renewalOverdue ? ' (verlopen)' : ''}`],
        ['Laatste POP-gesprek', pop.lastConversation ? dutchDate(pop.lastConversation) : '—'],
        ['Volgende POP-gesprek', pop.nextConversation ? dutchDate(pop.nextConversation) : '—'],
      ],
    },
    layout: 'lightHorizontalLines',
  });
  pop.goals.forEach((goal, i) => {
    const progress = view.progress.find((p) => p.goalId === goal.id);
    const block: Content[] = [
      { text: `Doel ${i + 1}: ${goal.title}`, style: 'h2', headlineLevel: 1 },
      { text: `Status: ${goal.status} · ${percent(progress?.share ?? null)} · ${progress?.learning ?? 0} leeractiviteiten gekoppeld`, style: 'small' },
      {
        table: {
          widths: [110, '*'],
          body: [
            ['Specifiek', orDash(goal.specifiek)],
            ['Meetbaar', orDash(goal.meetbaar)],
            ['Acceptabel', orDash(goal.acceptabel)],
            ['Realistisch', orDash(goal.realistisch)],
            ['Tijdgebonden', `${dutchDate(goal.start)} – ${dutchDate(goal.end)}`],
            ['Inspirerend', orDash(goal.inspirerend)],
          ],
        },
        layout: 'lightHorizontalLines',
        margin: [0, 4, 0, 4],
      },
    ];
    if (goal.steps.length) {
      block.push({ text: 'Stappen', style: 'label' });
      block.push({ ul: goal.steps.map((s) => `${s.text}${s.due ? ` (uiterlijk ${dutchDate(s.due)})` : ''}${s.done ? ' — klaar' : ''}`) });
    }
    if (goal.evaluations.length) {
      block.push({ text: 'Evaluaties', style: 'label' });
      for (const e of goal.evaluations) block.push({ text: [{ text: `${dutchDate(e.date)}: `, bold: true }, e.text] });
    }
    content.push(...block);
  });
  return renderPdf(title, content, createdAt);
}
