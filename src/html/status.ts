// Colour families and Vietnamese labels of statuses, shared by the emails and
// the sidebar. The label always goes with the colour.
import type {Timeliness} from '../core/model';
import type {IndicatorStatus, ReportingStatus} from '../core/report-model';
import type {Tone} from './email/components';

export const TIMELINESS_TONE: Record<Timeliness, Tone> = {
  doneOnTime: 'good',
  doneLate: 'warning',
  onTrack: 'info',
  dueSoon: 'warning',
  overdue: 'bad',
  ongoing: 'neutral',
  undated: 'neutral',
};

export const INDICATOR_TONE: Record<IndicatorStatus, Tone> = {
  met: 'good',
  notMet: 'warning',
  missed: 'bad',
  noValue: 'neutral',
};

export const REPORTING_TONE: Record<ReportingStatus, Tone> = {
  onTime: 'good',
  late: 'warning',
  notReported: 'bad',
};

export const REPORTING_LABEL: Record<ReportingStatus, string> = {
  onTime: 'Đã báo cáo đúng hạn',
  late: 'Báo cáo muộn',
  notReported: 'Chưa báo cáo',
};
