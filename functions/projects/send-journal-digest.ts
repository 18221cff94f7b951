import type { DailyTask } from '../platform/daily-task.ts';
import type { AppDeps } from '../platform/deps.ts';
import { escapeHtml } from '../platform/escape-html.ts';
import { logger } from '../platform/logger.ts';
import { cityDay, claimDailySend, releaseDailySend } from '../platform/sent-once.ts';
import type { FollowerRecord, PostRecord } from './schema.ts';
import { getProject, isListedPublicly, listFollowers, listPostsSince } from './store.ts';
import { UNSUBSCRIBE_PAGE } from './unsubscribe-schema.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

const TEXTS = {
  fr: {
    subject: 'Communs : du nouveau dans les projets que vous suivez',
    by: 'par',
    stop: 'Ne plus recevoir les nouvelles de ce projet',
  },
  en: { subject: 'Communs: news from the projects you follow', by: 'by', stop: 'Stop receiving news of this project' },
} as const;

const JOB = 'journal-digest';

/**
 * The daily digest: each follower gets one e-mail listing the journal posts of the last day in
 * the projects they follow, each project with its unsubscribe link (confirmed on the portal's page).
 * An address the mail service refuses is counted and logged, and the others still get theirs; a
 * follower who got today's digest is not sent it again when the job runs again the same day.
 */
export const sendJournalDigest = async (deps: AppDeps) => {
  const since = new Date(deps.clock.now().getTime() - DAY_MS).toISOString();
  const posts = await listPostsSince(deps, since);
  const bySlug = Map.groupBy(posts, (post) => post.slug);
  const digests = new Map<
    string,
    { follower: FollowerRecord; sections: { slug: string; title: string; posts: PostRecord[]; token: string }[] }
  >();
  for (const [slug, projectPosts] of bySlug) {
    const project = await getProject(deps, slug);
    if (!project || !isListedPublicly(project)) continue;
    for (const follower of await listFollowers(deps, slug)) {
      const digest = digests.get(follower.userId) ?? { follower, sections: [] };
      digest.sections.push({ slug, title: project.title, posts: projectPosts, token: follower.unsubscribeToken });
      digests.set(follower.userId, digest);
    }
  }
  const day = cityDay(deps.clock.now(), deps.config.timeZone);
  const figures = { sent: 0, alreadySent: 0, failed: 0 };
  for (const { follower, sections } of digests.values()) {
    const marker = { job: JOB, target: follower.userId, day };
    if (!(await claimDailySend(deps, marker, deps.clock.now()))) {
      figures.alreadySent++;
      continue;
    }
    const t = TEXTS[follower.language];
    const url = (path: string) => new URL(path, deps.config.publicUrl).href;
    const unsubscribe = (tokens: string[]) =>
      url(`${UNSUBSCRIBE_PAGE[follower.language]}?${new URLSearchParams(tokens.map((token) => ['token', token]))}`);
    const text = sections
      .map(
        (s) =>
          `${s.title}\n${url(`/projets/voir/?projet=${s.slug}`)}\n${s.posts.map((p) => `- ${p.body.slice(0, 200)} (${t.by} ${p.authorName})`).join('\n')}\n${t.stop}: ${unsubscribe([s.token])}`,
      )
      .join('\n\n');
    const html = sections
      .map(
        (s) =>
          `<h2><a href="${escapeHtml(url(`/projets/voir/?projet=${s.slug}`))}">${escapeHtml(s.title)}</a></h2>${s.posts
            .map((p) => `<div>${p.bodyHtml}<p>${t.by} ${escapeHtml(p.authorName)}</p></div>`)
            .join('')}<p><a href="${escapeHtml(unsubscribe([s.token]))}">${t.stop}</a></p>`,
      )
      .join('');
    try {
      await deps.mailer.send({
        to: follower.email,
        subject: t.subject,
        text,
        html,
        // The mail client's own "unsubscribe" stops this whole digest: every project it covers.
        listUnsubscribe: unsubscribe(sections.map((s) => s.token)),
      });
      figures.sent++;
    } catch (error) {
      // One refused address (a typo, a suppressed mailbox) must not cost everyone else their digest.
      figures.failed++;
      logger.warn('digest not sent', { job: JOB, userId: follower.userId, error: error as Error });
      await releaseDailySend(deps, marker);
    }
  }
  return { posts: posts.length, digests: digests.size, ...figures };
};

export const journalDigestTask: DailyTask = { name: JOB, run: sendJournalDigest };
