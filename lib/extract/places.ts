// Place names that look like company names to the form-based rules ("Microsoft, Google and
// Europe"). Not a gazetteer: the continents, regions, the larger countries and US states, and the
// cities that AI-infrastructure news names most; enough to keep lists and appositives honest.
export const PLACES = new Set(
  (
    'Europe Asia Africa America Americas Oceania Antarctica Australia Arctic Middle East Gulf Nordics ' +
    'Scandinavia Baltics Balkans ' +
    'US USA America Canada Mexico Brazil Argentina Chile Colombia Peru UK Britain England Scotland Wales ' +
    'Ireland France Germany Italy Spain Portugal Netherlands Belgium Luxembourg Switzerland Austria Denmark ' +
    'Norway Sweden Finland Iceland Poland Czechia Hungary Romania Greece Turkey Ukraine Russia Israel Egypt ' +
    'Morocco Nigeria Kenya Ethiopia Saudi Arabia UAE Emirates Qatar Kuwait Bahrain Oman Iran Iraq Jordan ' +
    'India Pakistan Bangladesh China Taiwan Japan Korea Singapore Malaysia Indonesia Thailand Vietnam ' +
    'Philippines Zealand ' +
    'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho ' +
    'Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota ' +
    'Mississippi Missouri Montana Nebraska Nevada Hampshire Jersey Carolina Dakota Ohio Oklahoma Oregon ' +
    'Pennsylvania Rhode Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming ' +
    'London Paris Berlin Munich Frankfurt Amsterdam Dublin Madrid Lisbon Stockholm Oslo Helsinki Copenhagen ' +
    'Zurich Geneva Brussels Tokyo Osaka Seoul Beijing Shanghai Shenzhen Hangzhou Taipei Mumbai Delhi ' +
    'Bangalore Bengaluru Hyderabad Chennai Riyadh Dubai Doha Abu Dhabi Jakarta Johor Sydney Melbourne ' +
    'Toronto Montreal Quebec Vancouver Ontario Alberta Chicago Dallas Houston Austin Abilene Atlanta Phoenix ' +
    'Seattle Boston Denver Miami Memphis Columbus Richmond Silicon Valley York Francisco Jose Angeles'
  ).split(' '),
);
