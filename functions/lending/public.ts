/**
 * What other features may use of lending: the loans a medium may say it was recorded with (a
 * person's current loans and those returned in the last 30 days) and the check of one.
 */
export {
  type EligibleLoan,
  eligibleLoansOf,
  type LoanProvenance,
  loanProvenance,
  PROVENANCE_DAYS,
} from './provenance/loan-provenance.ts';
