import type { Rule } from '../../types.js';
import placeholder from './placeholder.js';
import date from './date.js';
import timescale from './timescale.js';
import acknowledgement from './acknowledgement.js';
import refusalExplained from './refusal-explained.js';
import complaintEscalation from './complaint-escalation.js';
import visitAppointment from './visit-appointment.js';
import changeNotice from './change-notice.js';
import complaintPoints from './complaint-points.js';

/** The correspondence/* rules, in the order `cc-check rules` lists them. */
export const correspondenceRules: Rule[] = [placeholder, date, timescale, acknowledgement, refusalExplained, complaintEscalation, visitAppointment, changeNotice, complaintPoints];
