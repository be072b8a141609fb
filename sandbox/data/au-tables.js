'use strict';
// Reference tables for realistic Australian data. Suburb/postcode/state triples
// are real; distributor NMI prefixes and gas MIRN prefixes follow AEMO allocations
// closely enough for a sandbox.

const SUBURBS = [
  // [suburb, postcode, state, lat, lng]
  ['Parramatta', '2150', 'NSW', -33.815, 151.001], ['Bondi', '2026', 'NSW', -33.893, 151.262],
  ['Newtown', '2042', 'NSW', -33.897, 151.179], ['Chatswood', '2067', 'NSW', -33.797, 151.181],
  ['Penrith', '2750', 'NSW', -33.751, 150.694], ['Blacktown', '2148', 'NSW', -33.771, 150.906],
  ['Liverpool', '2170', 'NSW', -33.920, 150.924], ['Manly', '2095', 'NSW', -33.797, 151.288],
  ['Hornsby', '2077', 'NSW', -33.703, 151.099], ['Wollongong', '2500', 'NSW', -34.424, 150.893],
  ['Newcastle', '2300', 'NSW', -32.927, 151.776], ['Gosford', '2250', 'NSW', -33.425, 151.342],
  ['Dubbo', '2830', 'NSW', -32.243, 148.604], ['Wagga Wagga', '2650', 'NSW', -35.118, 147.370],
  ['Castle Hill', '2154', 'NSW', -33.729, 151.004], ['Cronulla', '2230', 'NSW', -34.058, 151.152],
  ['Marrickville', '2204', 'NSW', -33.911, 151.155], ['Randwick', '2031', 'NSW', -33.914, 151.241],
  ['Richmond', '3121', 'VIC', -37.823, 144.998], ['Fitzroy', '3065', 'VIC', -37.799, 144.978],
  ['St Kilda', '3182', 'VIC', -37.868, 144.981], ['Brunswick', '3056', 'VIC', -37.767, 144.962],
  ['Footscray', '3011', 'VIC', -37.800, 144.900], ['Box Hill', '3128', 'VIC', -37.819, 145.122],
  ['Frankston', '3199', 'VIC', -38.144, 145.126], ['Geelong', '3220', 'VIC', -38.149, 144.361],
  ['Ballarat', '3350', 'VIC', -37.562, 143.850], ['Bendigo', '3550', 'VIC', -36.757, 144.279],
  ['Werribee', '3030', 'VIC', -37.900, 144.664], ['Dandenong', '3175', 'VIC', -37.987, 145.215],
  ['Glen Waverley', '3150', 'VIC', -37.878, 145.165], ['Coburg', '3058', 'VIC', -37.744, 144.966],
  ['Preston', '3072', 'VIC', -37.742, 145.003], ['Craigieburn', '3064', 'VIC', -37.600, 144.943],
  ['Toowong', '4066', 'QLD', -27.485, 152.993], ['Chermside', '4032', 'QLD', -27.385, 153.031],
  ['Indooroopilly', '4068', 'QLD', -27.500, 152.973], ['Southport', '4215', 'QLD', -27.967, 153.400],
  ['Cairns', '4870', 'QLD', -16.920, 145.771], ['Townsville', '4810', 'QLD', -19.259, 146.817],
  ['Toowoomba', '4350', 'QLD', -27.561, 151.954], ['Ipswich', '4305', 'QLD', -27.614, 152.759],
  ['Maroochydore', '4558', 'QLD', -26.656, 153.092], ['Mackay', '4740', 'QLD', -21.141, 149.186],
  ['Springwood', '4127', 'QLD', -27.613, 153.129],
  ['Glenelg', '5045', 'SA', -34.980, 138.516], ['Norwood', '5067', 'SA', -34.921, 138.630],
  ['Prospect', '5082', 'SA', -34.883, 138.594], ['Salisbury', '5108', 'SA', -34.758, 138.641],
  ['Mount Barker', '5251', 'SA', -35.067, 138.857], ['Unley', '5061', 'SA', -34.950, 138.608],
  ['Fremantle', '6160', 'WA', -32.056, 115.747], ['Joondalup', '6027', 'WA', -31.745, 115.766],
  ['Subiaco', '6008', 'WA', -31.949, 115.827], ['Rockingham', '6168', 'WA', -32.282, 115.730],
  ['Sandy Bay', '7005', 'TAS', -42.904, 147.326], ['Launceston', '7250', 'TAS', -41.434, 147.137],
  ['Devonport', '7310', 'TAS', -41.180, 146.346],
  ['Belconnen', '2617', 'ACT', -35.238, 149.066], ['Braddon', '2612', 'ACT', -35.272, 149.136],
  ['Kambah', '2902', 'ACT', -35.386, 149.058], ['Gungahlin', '2912', 'ACT', -35.186, 149.136],
  ['Palmerston', '0830', 'NT', -12.486, 130.983], ['Nightcliff', '0810', 'NT', -12.383, 130.853],
  ['Alice Springs', '0870', 'NT', -23.698, 133.880],
];

// Rough customer weighting by state (Red Energy: mostly east coast).
const STATE_WEIGHT = { NSW: 30, VIC: 32, QLD: 20, SA: 8, ACT: 5, TAS: 2, WA: 2, NT: 1 };

const STATE_ENUM = {
  NSW: 'NEW_SOUTH_WALES', VIC: 'VICTORIA', QLD: 'QUEENSLAND', SA: 'SOUTH_AUSTRALIA',
  WA: 'WESTERN_AUSTRALIA', TAS: 'TASMANIA', ACT: 'AUSTRALIAN_CAPITAL_TERRITORY', NT: 'NORTHERN_TERRITORY',
};

// Electricity distributors and the NMI prefixes they are allocated.
const DISTRIBUTORS = {
  NSW: [['Ausgrid', '4102'], ['Ausgrid', '4103'], ['Endeavour Energy', '4310'], ['Essential Energy', '4001']],
  ACT: [['Evoenergy', '7001']],
  VIC: [['CitiPower', '6102'], ['Powercor', '6203'], ['Jemena Electricity', '6001'], ['United Energy', '6407'], ['AusNet Services', '6305']],
  QLD: [['Energex', '3114'], ['Energex', '3115'], ['Ergon Energy', '3051']],
  SA: [['SA Power Networks', '2001'], ['SA Power Networks', '2002']],
  WA: [['Western Power', '8001']],
  TAS: [['TasNetworks', '8000']],
  NT: [['Power and Water', '2500']],
};

// Gas distributors and MIRN prefixes (states where Red Energy retails gas).
const GAS_NETWORKS = {
  VIC: [['AusNet Gas Services', '53'], ['Multinet Gas', '53'], ['Australian Gas Networks', '53']],
  NSW: [['Jemena Gas Networks', '52']],
  ACT: [['Evoenergy Gas', '52']],
  QLD: [['Australian Gas Networks', '54']],
  SA: [['Australian Gas Networks', '55']],
};

const AREA_CODE = { NSW: '2', ACT: '2', VIC: '3', TAS: '3', QLD: '7', SA: '8', WA: '8', NT: '8' };

const FIRST_NAMES_F = [
  'Olivia', 'Charlotte', 'Amelia', 'Isla', 'Mia', 'Ava', 'Grace', 'Chloe', 'Sophie', 'Emily',
  'Jessica', 'Sarah', 'Rebecca', 'Michelle', 'Karen', 'Lisa', 'Nicole', 'Kylie', 'Melissa', 'Rachel',
  'Emma', 'Hannah', 'Lauren', 'Megan', 'Catherine', 'Helen', 'Susan', 'Julie', 'Deborah', 'Joanne',
  'Priya', 'Mei', 'Linh', 'Aisha', 'Fatima', 'Maria', 'Sofia', 'Zoe', 'Ruby', 'Matilda',
  'Kate', 'Natalie', 'Tanya', 'Leanne', 'Sharon', 'Wendy', 'Anh', 'Jasmine', 'Elena', 'Georgia',
];
const FIRST_NAMES_M = [
  'Oliver', 'William', 'Jack', 'Noah', 'Thomas', 'James', 'Lucas', 'Henry', 'Ethan', 'Liam',
  'Daniel', 'Matthew', 'Andrew', 'David', 'Michael', 'Peter', 'Mark', 'Paul', 'Stephen', 'Craig',
  'Scott', 'Brendan', 'Luke', 'Nathan', 'Benjamin', 'Samuel', 'Joshua', 'Ryan', 'Adam', 'Chris',
  'Raj', 'Wei', 'Minh', 'Mohammed', 'Ali', 'Giuseppe', 'Nikos', 'Hamish', 'Angus', 'Lachlan',
  'Cooper', 'Harrison', 'Mitchell', 'Darren', 'Glenn', 'Wayne', 'Trent', 'Duc', 'Arjun', 'Connor',
];
const LAST_NAMES = [
  'Smith', 'Jones', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Johnson', 'White', 'Martin', 'Anderson',
  'Thompson', 'Nguyen', 'Thomas', 'Walker', 'Harris', 'Lee', 'Ryan', 'Robinson', 'Kelly', 'King',
  'Davis', 'Wright', 'Evans', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Patel',
  'Tran', 'Chen', 'Wang', 'Le', 'Singh', 'Kaur', "O'Brien", 'Murphy', 'Mitchell', 'Campbell',
  'Hughes', 'Edwards', 'Cooper', 'McDonald', 'Stewart', 'Scott', 'Baker', 'Turner', 'Hill', 'Kennedy',
  'Gray', 'Lewis', 'Young', 'Morris', 'Ward', 'Watson', 'Bell', 'Russell', 'Li', 'Zhang',
  'Papadopoulos', 'Rossi', 'Kowalski', 'Pham', 'Ahmed', 'Khan', 'Sharma', 'Fitzgerald', 'Sullivan', 'Collins',
  'Bennett', 'Reid', 'Graham', 'Marshall', 'Kerr', 'Doherty', 'Hayes', 'Gibson', 'Ellis', 'Nicholls',
];

const STREET_NAMES = [
  'George', 'Victoria', 'King', 'Queen', 'Church', 'High', 'Station', 'Park', 'Railway', 'Bridge',
  'Elizabeth', 'William', 'Albert', 'Main', 'Mitchell', 'Hill', 'Wattle', 'Banksia', 'Acacia', 'Grevillea',
  'Waratah', 'Jacaranda', 'Bottlebrush', 'Pacific', 'Princes', 'Military', 'Beach', 'Ocean', 'Bay', 'Kent',
  'Macquarie', 'Lachlan', 'Hume', 'Sturt', 'Flinders', 'Collins', 'Bourke', 'Lygon', 'Murray', 'Darling',
  'Anzac', 'Gallipoli', 'Lawson', 'Wentworth', 'Blaxland', 'Cook', 'Banks', 'Phillip', 'Hunter', 'Bligh',
  'Bass', 'Stirling', 'Forrest', 'Kingsford Smith', 'Bradman', 'Wellington', 'Oxford', 'Cambridge', 'Ironbark', 'Melaleuca',
];
const STREET_TYPES = [
  ['Street', 30], ['Road', 18], ['Avenue', 12], ['Drive', 8], ['Court', 6], ['Place', 6], ['Crescent', 5],
  ['Close', 3], ['Parade', 3], ['Lane', 2], ['Way', 2], ['Terrace', 2], ['Circuit', 2], ['Grove', 2],
];

const EMAIL_DOMAINS = [
  ['gmail.com', 40], ['outlook.com', 10], ['hotmail.com', 10], ['bigpond.com', 8], ['bigpond.net.au', 4],
  ['yahoo.com.au', 6], ['optusnet.com.au', 5], ['icloud.com', 8], ['live.com.au', 3], ['iinet.net.au', 3],
  ['tpg.com.au', 2], ['internode.on.net', 1],
];

module.exports = {
  SUBURBS, STATE_WEIGHT, STATE_ENUM, DISTRIBUTORS, GAS_NETWORKS, AREA_CODE,
  FIRST_NAMES_F, FIRST_NAMES_M, LAST_NAMES, STREET_NAMES, STREET_TYPES, EMAIL_DOMAINS,
};
