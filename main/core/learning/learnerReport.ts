import type { Content } from 'pdfmake/interfaces';
import type { Period, ReportFile } from '../../../shared/contract';
import { LEARNER_QUESTION_TABLE, LEARNER_QUESTIONS, LEARNING_KIND_TABLE, type LearningEntry, type LearningKindInfo, type Member } from '../../../shared/domain';
import type { AppContext } from '../app';
import { renderPdf } from '../formats/pdf';
import { fileSlug } from '../../../shared/text/fileSlug';
import { dutchDate } from './dutchDate';

/** One learner report: the member's entries of a period, grouped by kind in the study's order. */
export interface LearnerReport {
  member: Pick<Member, 'id' | 'name' | 'institution' | 'team'>;
  period: Period;
  groups: { kind: LearningKindInfo; entries: LearningEntry[] }[];
  total: number;
  links: Record<string, string>;
}

export function learnerReport(app: AppContext, memberId: string, period: Period): LearnerReport {
  const member = app.repos.members.get(memberId);
  const entries = app.repos.learning
    .list()
    .filter((e) => e.ownerId === memberId && (!period.from || e.date >= period.from) && (!period.to || e.date <= period.to))
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
  const groups = LEARNING_KIND_TABLE.map((kind) => ({ kind, entries: entries.filter((e) => e.kind === kind.code) })).filter((g) => g.entries.length > 0);
  const links: Record<string, string> = {};
  for (const e of entries) {
    if (e.links.sessionId) links[e.links.sessionId] = app.repos.sessions.find(e.links.sessionId)?.title ?? '';
    if (e.links.researchId) links[e.links.researchId] = app.repos.research.find(e.links.researchId)?.title ?? '';
    if (e.links.questionId) links[e.links.questionId] = app.repos.questions.find(e.links.questionId)?.title ?? '';
  }
  return { member: { id: member.id, name: member.name, institution: member.institution, team: member.team }, period, groups, total: entries.length, links };
}

const periodText = (p: Period) =>
  p.from && p.to ? `${dutchDate(p.from)} – ${dutchDate(p.to)}` : p.from ? `vanaf ${dutchDate(p.from)}` : p.to ? `tot en met ${dutchDate(p.to)}` : 'alle periodes';

const kindHeading = (k: LearningKindInfo) => `${k.number}. ${k.label} (${k.formal ? 'formeel' : 'informeel'})`;

function linkLines(report: LearnerReport, e: LearningEntry): string[] {
  const out: string[] = [];
  if (e.links.sessionId && report.links[e.links.sessionId]) out.push(`Netwerkcafé: ${report.links[e.links.sessionId]}`);
  if (e.links.researchId && report.links[e.links.researchId]) out.push(`Onderzoek: ${report.links[e.links.researchId]}`);
  if (e.links.questionId && report.links[e.links.questionId]) out.push(`Vraag: ${report.links[e.links.questionId]}`);
  return out;
}

const who = (r: LearnerReport) => [r.member.name, r.member.institution, r.member.team].filter(Boolean).join(' · ');

/** Markdown: headings per kind, one section per entry, the five questions as labelled paragraphs. */
export function learnerReportMarkdown(report: LearnerReport): string {
  const lines = [`# Leerverslag ${report.member.name}`, '', `${who(report)}  `, `Periode: ${periodText(report.period)} · ${report.total} leeractiviteiten`, ''];
  if (report.total === 0) lines.push('_Geen leeractiviteiten in deze periode._', '');
  for (const group of report.groups) {
    lines.push(`## ${kindHeading(group.kind)}`, '');
    for (const e of group.entries) {
      lines.push(`### ${dutchDate(e.date)} — ${e.title}`, '');
      if (e.happened) lines.push(e.happened.trim(), '');
      if (e.withWhom) lines.push(`**Met wie:** ${e.withWhom}`, '');
      for (const link of linkLines(report, e)) lines.push(`- ${link}`);
      if (linkLines(report, e).length) lines.push('');
      for (const q of LEARNER_QUESTIONS) {
        const answer = e.answers[q].trim();
        if (answer) lines.push(`**${LEARNER_QUESTION_TABLE[q].number}. ${LEARNER_QUESTION_TABLE[q].label}** — ${answer}`, '');
      }
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export async function learnerReportPdf(report: LearnerReport, createdAt: Date): Promise<Buffer> {
  const content: Content[] = [
    { text: `Leerverslag ${report.member.name}`, style: 'title' },
    { text: `${who(report)}\nPeriode: ${periodText(report.period)} · ${report.total} leeractiviteiten`, style: 'subtitle' },
  ];
  if (report.total === 0) content.push({ text: 'Geen leeractiviteiten in deze periode.', italics: true });
  for (const group of report.groups) {
    content.push({ text: kindHeading(group.kind), style: 'h2', headlineLevel: 1 });
    for (const e of group.entries) {
      const block: Content[] = [{ text: `${dutchDate(e.date)} — ${e.title}`, style: 'h3' }];
      if (e.happened) block.push({ text: e.happened.trim() });
      if (e.withWhom) block.push({ text: [{ text: 'Met wie: ', bold: true }, e.withWhom] });
      for (const link of linkLines(report, e)) block.push({ text: link, style: 'small' });
      for (const q of LEARNER_QUESTIONS) {
        const answer = e.answers[q].trim();
        if (answer) block.push({ text: `${LEARNER_QUESTION_TABLE[q].number}. ${LEARNER_QUESTION_TABLE[q].label}`, style: 'label' }, { text: answer });
      }
      content.push({ stack: block, unbreakable: block.length < 8, margin: [0, 0, 0, 6] });
    }
  }
  return renderPdf(`Leerverslag ${report.member.name}`, content, createdAt);
}

/** The report as a file, in the format asked for. */
export async function learnerReportFile(app: AppContext, memberId: string, period: Period, format: 'pdf' | 'md'): Promise<ReportFile> {
  const report = learnerReport(app, memberId, period);
  const base = `leerverslag-${fileSlug(report.member.name, 'docent')}-${period.from ?? 'begin'}-${period.to ?? 'nu'}`;
  if (format === 'md') {
    return { fileName: `${base}.md`, mimeType: 'text/markdown', dataBase64: Buffer.from(learnerReportMarkdown(report), 'utf8').toString('base64'), entries: report.total };
  }
  const pdf = await learnerReportPdf(report, app.records.now());
  return { fileName: `${base}.pdf`, mimeType: 'application/pdf', dataBase64: pdf.toString('base64'), entries: report.total };
}
