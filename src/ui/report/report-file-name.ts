// The downloaded report's file name: ASCII (any intranet file server and mail client takes it) with the date.
import { localDate } from '../../shared/local-date.ts';

export const reportFileName = (date = new Date()): string => `review-report-${localDate(date)}.pdf`;
