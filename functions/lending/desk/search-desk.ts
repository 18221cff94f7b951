import type { Viewer } from '../../platform/auth.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { cityDay } from '../../platform/sent-once.ts';
import { addDays } from '../opening-days.ts';
import type { ModelRecord } from '../records.ts';
import { getModelWithUnits } from '../store/models.ts';
import { listDesk } from '../store/reservations.ts';
import { getAssetTagHolder } from '../store/units.ts';
import { deskPointOrThrow, normalTag } from './desk-access.ts';
import { entriesNamed, LATE_PICK_UP_DAYS } from './read-desk.ts';

/** Folds case and accents: "Élise" is found by "elise". */
const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * The desk's search, over what the desk acts on (pick-ups from the last days on, loans out): an
 * asset tag (exactly, as a scanner types it), a reservation (its id, or the first characters of
 * it as the receipt prints them) or the borrower's name (part of it, case and accents folded).
 * A tag also names its unit when nothing is lent on it (status, model), so a scan always answers.
 */
export const searchDesk = async (deps: AppDeps, options: { viewer: Viewer; pointId: string; q: string }) => {
  const { viewer, pointId } = options;
  await deskPointOrThrow(deps, viewer, pointId);
  const today = cityDay(deps.clock.now(), deps.config.timeZone);
  const q = options.q.trim();
  const [pickUps, out, holder] = await Promise.all([
    listDesk(deps, pointId, 'PICKUP', { from: addDays(today, -LATE_PICK_UP_DAYS) }),
    listDesk(deps, pointId, 'OUT'),
    getAssetTagHolder(deps, normalTag(q)),
  ]);
  const current = [...pickUps.filter((r) => r.status === 'reserved'), ...out.filter((r) => r.status === 'out')];
  const entries = await entriesNamed(deps, current, today);
  const needle = folded(q);
  const matches = entries.filter(
    (entry) =>
      (holder && entry.unit.id === holder.unitId) ||
      (needle.length >= 4 && entry.id.startsWith(needle)) ||
      (needle.length >= 2 && entry.borrower.name !== null && folded(entry.borrower.name).includes(needle)),
  );
  let unit:
    | {
        assetTag: string;
        status: string;
        pointId: string;
        model: { id: string; name: string; parts: ModelRecord['parts']; maxLoanDays: number };
      }
    | undefined;
  if (holder) {
    const found = await getModelWithUnits(deps, holder.modelId);
    const record = found?.units.find((candidate) => candidate.id === holder.unitId);
    if (found && record)
      unit = {
        assetTag: record.assetTag,
        status: record.status,
        pointId: record.pointId,
        // What a walk-in form ticks and how long it may lend.
        model: {
          id: found.model.id,
          name: found.model.name,
          parts: found.model.parts,
          maxLoanDays: found.model.maxLoanDays,
        },
      };
  }
  return { q, today, matches, ...(unit ? { unit } : {}) };
};
