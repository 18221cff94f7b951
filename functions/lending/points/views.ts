import type { LendingPointRecord } from '../records.ts';
import type { PointView } from './schema.ts';

/** A point as everyone reads it: every stored field is public (a place's hours and desk contact). */
export const toPointView = (point: LendingPointRecord): PointView => ({
  id: point.id,
  name: point.name,
  address: point.address,
  lat: point.lat,
  lng: point.lng,
  hours: point.hours,
  closures: point.closures,
  contact: point.contact,
  ...(point.description ? { description: point.description } : {}),
  createdAt: point.createdAt,
  updatedAt: point.updatedAt,
});
