import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PopInput, type GoalBadges, type GoalProgress, type PopView } from '../../../../shared/contract';
import { GOAL_STATUSES } from '../../../../shared/domain';
import type { AppError } from '../../../../shared/result';
import { useNotify } from '../../app/notices';
import { FieldError, TextField, describedBy } from '../../components/FormField';
import { Icon } from '../../components/Icon';
import { ProblemSummary } from '../../components/ProblemSummary';
import { ErrorNotice, Loading, Spinner } from '../../components/Status';
import { formatDate } from '../../i18n/format';
import { call, CallFailed, errorOf } from '../../lib/call';
import type { FieldErrors } from '../../lib/fieldErrors';
import { useFieldErrors } from '../../lib/useFieldErrors';
import { usePageTitle } from '../../lib/usePageTitle';
import { useResource } from '../../lib/useResource';
import { saveFile } from '../research/files';
import { GoalBadgePanel } from './GoalBadgePanel';
import { draftOf, fieldOrder, newGoal, popFieldId, todayInAmsterdam, type GoalDraft, type PopDraft } from './popDraft';
import { useMeId } from './useMe';
import { PageHeader } from '../../components/PageHeader';

/** My POP: the cycle (plan date, renewal, conversations) and the goals, SMARTI, with steps, evaluations, links and progress. */
export function PopPage() {
  const { t } = useTranslation('learning');
  usePageTitle(t('pop.title'));
  const meId = useMeId();
  const view = useResource(`pop:${meId ?? ''}`, () => (meId ? call('pop:get') : Promise.resolve(null)));
  const goalBadges = useResource(`goal-badges:${meId ?? ''}`, () => (meId ? call('badges:forGoals', { memberId: meId }) : Promise.resolve(null)));
  return (
    <div className="page">
      <PageHeader title={t('pop.title')} lead={t('pop.lead')} actions={view.data && <PdfButton />} />
      {!meId && <p className="notice notice--info">{t('log.needMe')}</p>}
      {view.error && <ErrorNotice error={view.error} onRetry={view.reload} />}
      {meId && !view.data && !view.error && <Loading label={t('pop.loading')} />}
      {view.data && <PopEditor key={view.data.pop?.rev ?? 'new'} view={view.data} goalBadges={goalBadges.data ?? undefined} />}
    </div>
  );
}

function PdfButton() {
  const { t } = useTranslation('learning');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  return (
    <div className="page__actions">
      <button
        type="button"
        className="button button--secondary"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setFailure(null);
          call('pop:pdf')
            .then((file) => saveFile({ base64: file.dataBase64 }, file.mimeType, file.fileName))
            .catch((cause: unknown) => setFailure(errorOf(cause)))
            .finally(() => setBusy(false));
        }}
      >
        {busy ? <Spinner /> : <Icon name="download" />}
        {busy ? t('pop.pdfBusy') : t('pop.pdf')}
      </button>
      {failure && <ErrorNotice error={failure} />}
    </div>
  );
}

function PopEditor({ view, goalBadges }: { view: PopView; goalBadges?: GoalBadges }) {
  const { t, i18n } = useTranslation(['learning', 'validation']);
  const notify = useNotify();
  const [draft, setDraft] = useState<PopDraft>(() => draftOf(view));
  const fieldErrors = useFieldErrors(fieldOrder(draft), popFieldId);
  const { errors } = fieldErrors;
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);

  const update = (change: (d: PopDraft) => void, field?: string) => {
    setDraft((d) => {
      const next = structuredClone(d);
      change(next);
      return next;
    });
    if (field) fieldErrors.clear(field);
  };
  const messageOf = (path: string, code: string) => {
    const last = path.split('.').filter((s) => !/^\d+$/.test(s)).at(-1) ?? '';
    return t([`learning:fields.${last}.${code}`, `validation:codes.${code}`, 'validation:codes.default']);
  };
  const show = (issues: { path: string; code: string }[]) => {
    const next: FieldErrors = {};
    for (const issue of issues) next[issue.path] ??= messageOf(issue.path, issue.code);
    fieldErrors.show(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setFailure(null);
    const parsed = PopInput.safeParse(draft);
    if (!parsed.success) return show(parsed.error.issues.map((i) => ({ path: i.path.join('.'), code: i.code === 'custom' ? i.message : i.code })));
    setSaving(true);
    try {
      await call('pop:save', draft);
      notify(t('pop.saved'));
    } catch (cause) {
      const error = errorOf(cause);
      if (cause instanceof CallFailed && error.issues?.length) show(error.issues);
      else setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  const dateField = (path: 'planStart' | 'lastConversation' | 'nextConversation', label: string, required = false) => (
    <DateField
      id={popFieldId(path)}
      label={label}
      value={draft[path] ?? ''}
      required={required}
      error={errors[path]}
      onChange={(value) => update((d) => void (d[path] = (value || (required ? '' : null)) as never), path)}
    />
  );

  return (
    <form className="form pop-form" onSubmit={(e) => void submit(e)} noValidate aria-busy={saving}>
      <ProblemSummary errors={errors} summaryRef={fieldErrors.summaryRef} message={(count) => t('pop.problems', { count })} />
      {failure && <ErrorNotice error={failure} />}
      <section className="form__section" aria-labelledby="pop-cycle">
        <h2 id="pop-cycle" className="form__heading">
          {t('pop.cycle')}
        </h2>
        {view.renewalDue && (
          <p className={`notice ${view.renewalOverdue ? 'notice--warning' : 'notice--info'}`} role={view.renewalOverdue ? 'alert' : undefined}>
            {view.renewalOverdue ? t('pop.renewalOverdue', { date: formatDate(view.renewalDue, i18n.language) }) : `${t('pop.renewal', { date: formatDate(view.renewalDue, i18n.language) })} ${t('pop.renewalHint')}`}
          </p>
        )}
        <div className="form__grid form__grid--three">
          {dateField('planStart', t('pop.planStart'), true)}
          {dateField('lastConversation', t('pop.lastConversation'))}
          {dateField('nextConversation', t('pop.nextConversation'))}
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={draft.visibility === 'netwerk'} aria-describedby="pop-share-hint" onChange={(e) => update((d) => void (d.visibility = e.target.checked ? 'netwerk' : 'prive'))} />
          {t('pop.share')}
        </label>
        <p id="pop-share-hint" className="field__hint">
          {t('pop.shareHint')}
        </p>
      </section>

      <h2>{t('pop.goals')}</h2>
      {draft.goals.length === 0 && <p className="muted">{t('pop.noGoals')}</p>}
      {draft.goals.map((goal, index) => (
        <GoalEditor
          key={goal.id ?? `new-${index}`}
          goal={goal}
          index={index}
          errors={errors}
          progress={view.progress.find((p) => p.goalId === goal.id)}
          choices={view.choices}
          badge={goalBadges && goal.id ? badgePanel(goalBadges, goal.id) : null}
          update={(change, field) => update((d) => change(d.goals[index]!), field)}
          remove={() => update((d) => void d.goals.splice(index, 1))}
        />
      ))}
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={() => update((d) => void d.goals.push(newGoal()))}>
          <Icon name="plus" />
          {t('pop.addGoal')}
        </button>
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving && <Spinner />}
          {saving ? t('pop.saving') : t('pop.save')}
        </button>
      </div>
    </form>
  );
}

function DateField({ id, label, value, onChange, error, required }: { id: string; label: string; value: string; onChange: (v: string) => void; error?: string; required?: boolean }) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="date"
        value={value}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && `${id}-error`)}
        onChange={(e) => onChange(e.target.value)}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** The badge part of a reached goal, as stored (a status changed in the form counts once the POP is saved). */
function badgePanel(goalBadges: GoalBadges, goalId: string) {
  const state = goalBadges.goals.find((g) => g.goalId === goalId);
  return state ? <GoalBadgePanel state={state} plgs={goalBadges.plgs} /> : null;
}

interface GoalEditorProps {
  goal: GoalDraft;
  /** The badge it earned or how to get one; null unless the stored goal is reached. */
  badge: ReactNode;
  index: number;
  errors: FieldErrors;
  progress: GoalProgress | undefined;
  choices: PopView['choices'];
  update: (change: (goal: GoalDraft) => void, field?: string) => void;
  remove: () => void;
}

function GoalEditor({ goal, index, errors, progress, choices, badge, update, remove }: GoalEditorProps) {
  const { t } = useTranslation('learning');
  const path = (field: string) => `goals.${index}.${field}`;
  const text = (field: 'title' | 'specifiek' | 'meetbaar' | 'acceptabel' | 'realistisch' | 'inspirerend', multiline = false) => (
    <TextField
      id={popFieldId(path(field))}
      label={t(field === 'title' ? 'pop.goalTitle' : `pop.${field}`)}
      value={goal[field]}
      error={errors[path(field)]}
      required={field === 'title'}
      multiline={multiline}
      onChange={(value) => update((g) => void (g[field] = value), path(field))}
    />
  );
  const headingId = `pop-goal-${index}-heading`;
  return (
    <section className="form__section pop-goal" id={goal.id ? `goal-${goal.id}` : undefined} aria-labelledby={headingId}>
      <div className="pop-goal__header">
        <h3 id={headingId} className="form__heading">
          {t('pop.goal', { number: index + 1 })}
          {goal.title ? `: ${goal.title}` : ''}
        </h3>
        <button type="button" className="button button--danger-quiet" onClick={remove}>
          <Icon name="trash" />
          {t('pop.removeGoal')}
        </button>
      </div>
      {progress && <Progress progress={progress} />}
      {text('title')}
      {text('specifiek', true)}
      {text('meetbaar', true)}
      {text('acceptabel')}
      {text('realistisch', true)}
      <div className="form__grid form__grid--three">
        <DateField id={popFieldId(path('start'))} label={t('pop.start')} value={goal.start} required error={errors[path('start')]} onChange={(v) => update((g) => void (g.start = v), path('start'))} />
        <DateField id={popFieldId(path('end'))} label={t('pop.end')} value={goal.end} required error={errors[path('end')]} onChange={(v) => update((g) => void (g.end = v), path('end'))} />
        <div className="field">
          <label className="field__label" htmlFor={popFieldId(path('status'))}>
            {t('pop.status')}
          </label>
          <select id={popFieldId(path('status'))} value={goal.status} onChange={(e) => update((g) => void (g.status = e.target.value as GoalDraft['status']))}>
            {GOAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`pop.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {text('inspirerend', true)}
      {badge}

      <Group title={t('pop.steps')}>
        {goal.steps.map((step, s) => (
          <div className="pop-row" key={step.id ?? `new-${s}`}>
            <TextField id={popFieldId(path(`steps.${s}.text`))} label={t('pop.stepText')} value={step.text} error={errors[path(`steps.${s}.text`)]} onChange={(v) => update((g) => void (g.steps[s]!.text = v), path(`steps.${s}.text`))} />
            <DateField id={popFieldId(path(`steps.${s}.due`))} label={t('pop.stepDue')} value={step.due ?? ''} error={errors[path(`steps.${s}.due`)]} onChange={(v) => update((g) => void (g.steps[s]!.due = v || null), path(`steps.${s}.due`))} />
            <label className="checkbox pop-row__done">
              <input type="checkbox" checked={step.done} onChange={(e) => update((g) => void (g.steps[s]!.done = e.target.checked))} />
              {t('pop.stepDone')}
            </label>
            <button type="button" className="button button--danger-quiet" aria-label={`${t('pop.removeStep')} ${s + 1}`} onClick={() => update((g) => void g.steps.splice(s, 1))}>
              <Icon name="trash" />
            </button>
          </div>
        ))}
        <button type="button" className="button button--secondary" onClick={() => update((g) => void g.steps.push({ text: '', due: null, done: false }))}>
          <Icon name="plus" />
          {t('pop.addStep')}
        </button>
      </Group>

      <Group title={t('pop.evaluations')}>
        {goal.evaluations.map((evaluation, e) => (
          <div className="pop-row" key={evaluation.id ?? `new-${e}`}>
            <DateField id={popFieldId(path(`evaluations.${e}.date`))} label={t('pop.evaluationDate')} value={evaluation.date} error={errors[path(`evaluations.${e}.date`)]} onChange={(v) => update((g) => void (g.evaluations[e]!.date = v), path(`evaluations.${e}.date`))} />
            <TextField id={popFieldId(path(`evaluations.${e}.text`))} label={t('pop.evaluationText')} value={evaluation.text} error={errors[path(`evaluations.${e}.text`)]} onChange={(v) => update((g) => void (g.evaluations[e]!.text = v), path(`evaluations.${e}.text`))} />
            <button type="button" className="button button--danger-quiet" aria-label={`${t('pop.removeEvaluation')} ${e + 1}`} onClick={() => update((g) => void g.evaluations.splice(e, 1))}>
              <Icon name="trash" />
            </button>
          </div>
        ))}
        <button type="button" className="button button--secondary" onClick={() => update((g) => void g.evaluations.push({ date: todayInAmsterdam(), text: '' }))}>
          <Icon name="plus" />
          {t('pop.addEvaluation')}
        </button>
      </Group>

      <Group title={t('pop.links')}>
        <LinkChecks legend={t('pop.linkLearning')} options={choices.learning.map((c) => [c.id, c.title])} chosen={goal.links.learningIds} onChange={(ids) => update((g) => void (g.links.learningIds = ids))} />
        <LinkChecks legend={t('pop.linkWants')} options={choices.wants.map((w) => [w, w])} chosen={goal.links.wants} onChange={(ids) => update((g) => void (g.links.wants = ids))} />
        <LinkChecks legend={t('pop.linkActions')} options={choices.actions.map((c) => [c.id, c.title])} chosen={goal.links.actionIds} onChange={(ids) => update((g) => void (g.links.actionIds = ids))} />
        <LinkChecks legend={t('pop.linkActivities')} options={choices.activities.map((c) => [c.id, c.title])} chosen={goal.links.activityIds} onChange={(ids) => update((g) => void (g.links.activityIds = ids))} />
        <LinkedActivities ids={goal.links.activityIds} choices={choices.activities} />
      </Group>
    </section>
  );
}

/** The chosen activities as links to their pages: the goal's side of the link both ways. */
function LinkedActivities({ ids, choices }: { ids: string[]; choices: PopView['choices']['activities'] }) {
  const { t } = useTranslation('learning');
  const linked = choices.filter((c) => ids.includes(c.id));
  if (linked.length === 0) return null;
  return (
    <p className="pop-linked">
      {t('pop.linkedActivities')}:{' '}
      {linked.map((c, i) => (
        <span key={c.id}>
          {i > 0 && ' · '}
          <Link href={`/activities/${c.id}`}>{c.title}</Link>
        </span>
      ))}
    </p>
  );
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="pop-group">
      <h4 className="pop-group__title">{title}</h4>
      {children}
    </div>
  );
}

function Progress({ progress }: { progress: GoalProgress }) {
  const { t } = useTranslation('learning');
  const all = progress.steps + progress.actions;
  const done = progress.stepsDone + progress.actionsDone;
  return (
    <div className="pop-progress">
      <p className="pop-progress__label">
        <strong>{t('pop.progress')}:</strong> {all === 0 ? t('pop.progressNone') : t('pop.progressText', { done, all })}
      </p>
      {all > 0 && <progress className="pop-progress__bar" max={all} value={done} aria-label={t('pop.progress')} />}
      <p className="muted">{t('pop.progressLinks', { learning: progress.learning, wants: progress.wants, activities: progress.activities })}</p>
    </div>
  );
}

function LinkChecks({ legend, options, chosen, onChange }: { legend: string; options: [string, string][]; chosen: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation('learning');
  const [open, setOpen] = useState(false);
  const shown = open ? options : options.filter(([id]) => chosen.includes(id)).concat(options.filter(([id]) => !chosen.includes(id)).slice(0, 5));
  return (
    <fieldset className="pop-links">
      <legend>{legend}</legend>
      {options.length === 0 && <p className="muted">{t('pop.nothingToLink')}</p>}
      {shown.map(([id, label]) => (
        <label key={id} className="checkbox">
          <input type="checkbox" checked={chosen.includes(id)} onChange={(e) => onChange(e.target.checked ? [...chosen, id] : chosen.filter((c) => c !== id))} />
          {label}
        </label>
      ))}
      {!open && shown.length < options.length && (
        <button type="button" className="button button--link" onClick={() => setOpen(true)}>
          {t('list.more')}
        </button>
      )}
    </fieldset>
  );
}
