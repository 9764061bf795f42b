// German, French, Spanish, Italian, Dutch and Portuguese figures, in the project's own sentences.
import { describe } from 'vitest';
import { checkFigures, gpus, money, power } from './lang-test-support';

describe('German', () => {
  checkFigures('de', [
    ['Die Firma Quarzwerk steckt 4,5 Mrd. € in ein Rechenzentrum.', [money('4,5 Mrd. €', 'EUR', 4.5e9)]],
    [
      'Das Projekt hat ein Volumen von 12 Mrd. USD und braucht 1.500 MW.',
      [money('12 Mrd. USD', 'USD', 12e9), power('1.500 MW', 1.5e9)],
    ],
    [
      'Der Park liefert rund 2,5 Gigawatt, später 1,000 Megawatt mehr.',
      [power('2,5 Gigawatt', 2.5e9), power('1,000 Megawatt', 1e6)],
    ],
    ['Geplant sind Investitionen von einer Milliarde Euro.', [money('einer Milliarde Euro', 'EUR', 1e9)]],
    ['Der Wert liegt bei fünf Billionen US-Dollar.', [money('fünf Billionen US-Dollar', 'USD', 5e12)]],
    ['Es geht um 250 Mio. Euro und 40.000 GPUs.', [money('250 Mio. Euro', 'EUR', 250e6), gpus('40.000 GPUs', 40000)]],
    ['Im Jahr 2030 wuchs der Anteil um 20 %.', []],
  ]);
});

describe('French', () => {
  checkFigures('fr', [
    [
      'Le groupe Ardoise investit 8,5 milliards d’euros et vise 1,4 GW.',
      [money('8,5 milliards d’euros', 'EUR', 8.5e9), power('1,4 GW', 1.4e9)],
    ],
    ['Un contrat de 3 milliards de dollars a été signé.', [money('3 milliards de dollars', 'USD', 3e9)]],
    ['La valorisation atteint deux billions de dollars.', [money('deux billions de dollars', 'USD', 2e12)]],
    ['Le site accueillera 7 300 puces et 300 mégawatts.', [gpus('7 300 puces', 7300), power('300 mégawatts', 3e8)]],
    ['Le site accueillera 7.300 puces.', [gpus('7.300 puces', 7300)]],
    ['Le CAC 40 a gagné 2 % en 2024.', []],
  ]);
});

describe('Spanish', () => {
  checkFigures('es', [
    [
      'La firma Albatros captó 15,000 millones de dólares y 9,000 millones de dólares más.',
      [money('15,000 millones de dólares', 'USD', 15e9), money('9,000 millones de dólares', 'USD', 9e9)],
    ],
    ['El plan suma 7.300 millones de euros.', [money('7.300 millones de euros', 'EUR', 7.3e9)]],
    [
      'El fondo aportará 2 mil millones de dólares y 300 megavatios.',
      [money('2 mil millones de dólares', 'USD', 2e9), power('300 megavatios', 3e8)],
    ],
    ['El centro consumirá 1,2 gigavatios.', [power('1,2 gigavatios', 1.2e9)]],
  ]);
});

describe('Italian', () => {
  checkFigures('it', [
    ['Il gruppo Cedro mette sul piatto 1 mld € per un centro dati.', [money('1 mld €', 'EUR', 1e9)]],
    ['Servono € 2,5 mld e 10.000 GPU.', [money('€ 2,5 mld', 'EUR', 2.5e9), gpus('10.000 GPU', 10000)]],
    ['Sono stati investiti 300 milioni di dollari.', [money('300 milioni di dollari', 'USD', 3e8)]],
  ]);
});

describe('Dutch', () => {
  checkFigures('nl', [
    [
      'Samen steken zij 1 miljard euro in het datacenter van 2,4 GW.',
      [money('1 miljard euro', 'EUR', 1e9), power('2,4 GW', 2.4e9)],
    ],
    [
      'Het fonds van 200 miljoen euro koopt 12.000 chips.',
      [money('200 miljoen euro', 'EUR', 2e8), gpus('12.000 chips', 12000)],
    ],
  ]);
});

describe('Portuguese', () => {
  checkFigures('pt', [
    [
      'O governo reservou R$ 500 milhões para o campus de 1.800 MW.',
      [money('R$ 500 milhões', 'BRL', 5e8), power('1.800 MW', 1.8e9)],
    ],
    ['A empresa Pinhal vale US$ 7 trilhões.', [money('US$ 7 trilhões', 'USD', 7e12)]],
    ['Em Portugal, o plano soma 3 mil milhões de euros.', [money('3 mil milhões de euros', 'EUR', 3e9)]],
    ['O valor chegou a 2,5 bilhões de dólares.', [money('2,5 bilhões de dólares', 'USD', 2.5e9)]],
  ]);
});
