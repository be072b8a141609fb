'use strict';
// Small, cheap query resolvers that an agent console touches.

// Australian national public holidays (plus a few widely observed state ones) 2024-2026.
const HOLIDAYS = [
  '2024-01-01', '2024-01-26', '2024-03-29', '2024-04-01', '2024-04-25', '2024-06-10', '2024-12-25', '2024-12-26',
  '2025-01-01', '2025-01-27', '2025-04-18', '2025-04-21', '2025-04-25', '2025-06-09', '2025-12-25', '2025-12-26',
  '2026-01-01', '2026-01-26', '2026-04-03', '2026-04-06', '2026-04-27', '2026-06-08', '2026-12-25', '2026-12-28',
];

function miscResolvers(store) {
  return {
    krakenVersion: () => ({ number: 'v2025.11.14-sandbox', SHA: 'a3f9c1e7b2d4', isPinned: true }),
    publicHolidays(args) {
      const input = args.input || {};
      const from = input.startDate || input.fromDate || `${store.today.slice(0, 4)}-01-01`;
      const to = input.endDate || input.toDate || `${store.today.slice(0, 4)}-12-31`;
      return HOLIDAYS.filter((d) => d >= from && d <= to);
    },
    accountChargeReasons: () => [
      ['ELECTRICITY_USAGE', 'Electricity usage'], ['GAS_USAGE', 'Gas usage'], ['DISCONNECTION_FEE', 'Disconnection fee'],
      ['RECONNECTION_FEE', 'Reconnection fee'], ['SPECIAL_READ_FEE', 'Special meter read fee'], ['LATE_PAYMENT_FEE', 'Late payment fee'],
    ].map(([code, display]) => ({ code, display, isDeprecated: false, isTaxExempt: false, isHidden: false, group: 'Fees and charges' })),
    accountCreditReasons: () => [
      ['PAY_ON_TIME_DISCOUNT', 'Pay on time discount'], ['GOODWILL', 'Goodwill credit'], ['CONCESSION', 'Energy concession rebate'],
      ['FEED_IN_TARIFF', 'Solar feed-in credit'], ['GUARANTEED_SERVICE_LEVEL', 'Guaranteed service level payment'],
    ].map(([code, display]) => ({ code, display, isDeprecated: false, isHidden: false, group: 'Credits' })),
  };
}

module.exports = { miscResolvers };
