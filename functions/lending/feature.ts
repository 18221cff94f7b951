import { defineFeature, mount } from '../platform/feature.ts';
import { catalogueRoutes } from './catalogue/routes.ts';
import { catalogueStaffRoutes } from './catalogue/staff-routes.ts';
import { deskRoutes, myLoanReceiptRoutes } from './desk/routes.ts';
import { ticketRoutes } from './maintenance/routes.ts';
import { lendingPointRoutes } from './points/routes.ts';
import { lendingStaffPlaces } from './points/staff-places.ts';
import { loanCalendarPart } from './reservations/calendar-part.ts';
import { lendingPersonalData } from './reservations/personal-data.ts';
import { myLoanRoutes, reservationRoutes } from './reservations/routes.ts';
import { unitRoutes } from './units/routes.ts';
import { waitlistPersonalData } from './waitlist/personal-data.ts';
import { outcomeRoutes, waitlistRoutes } from './waitlist/routes.ts';

/**
 * Equipment lending: lending points, the catalogue (categories, models, units), availability,
 * reservations that are never double-booked, the waiting list, and the fairness rules.
 */
export const lendingFeature = defineFeature({
  name: 'lending',
  routes: [
    mount('/lending/points', lendingPointRoutes),
    mount('/lending/reservations', reservationRoutes),
    mount('/me/lending', myLoanRoutes),
    mount('/me/lending', myLoanReceiptRoutes),
    mount('/lending/desk', deskRoutes),
    mount('/lending/waitlist', waitlistRoutes),
    mount('/lending/outcomes', outcomeRoutes),
    // A unit by its asset tag (the label's QR code) and, for staff, its history.
    mount('/lending/units', unitRoutes),
    mount('/lending/tickets', ticketRoutes),
    // The catalogue: categories, models, units, availability (`/lending/categories`, `/lending/models…`).
    mount('/lending', catalogueRoutes),
    mount('/lending', catalogueStaffRoutes),
  ],
  personalData: [lendingPersonalData, waitlistPersonalData],
  // Staff roles (accounts' `staffOf`) name lending points: accounts checks them through this.
  staffPlaces: [lendingStaffPlaces],
  // Loans' pick-ups and returns in a person's calendar feed.
  calendarEvents: [loanCalendarPart],
});
