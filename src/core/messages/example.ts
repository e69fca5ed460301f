// The method's example OKR set that Set up writes (src/core/example.ts).
import type { Catalogue } from '../placeholders';

export const exampleMessages = {
  'example.o1': {
    en: 'By the end of {year} at least 100 paying customers',
    nl: 'Aan het einde van {year} minstens 100 betalende klanten',
  },
  'example.o1.kr1': {
    en: 'In {year} 30 paying customers come in through the marketing campaign',
    nl: 'In {year} komen 30 betalende klanten binnen via de marketingcampagne',
  },
  'example.o1.kr2': {
    en: 'Monthly churn from 2.5% to 1.8%',
    nl: 'Maandelijkse opzeggingen van 2,5% naar 1,8%',
  },
  'example.o1.kr1.i1': {
    en: 'Every month I post about our products and advertise on social media',
    nl: 'Elke maand post ik over onze producten en adverteer ik op social media',
  },
  'example.o1.kr2.i1': {
    en: 'Call every customer who cancels',
    nl: 'Iedere klant die opzegt persoonlijk bellen',
  },
  'example.o2': {
    en: 'Marketing brings in half of all new customers',
    nl: 'Marketing levert de helft van alle nieuwe klanten',
  },
  'example.o2.kr1': {
    en: '500 newsletter sign-ups',
    nl: '500 aanmeldingen voor de nieuwsbrief',
  },
  'example.o2.kr2': {
    en: 'Cost per lead from 40 to 25 euro',
    nl: 'Kosten per lead van 40 naar 25 euro',
  },
  'example.o2.kr2.i1': {
    en: 'Test a campaign on LinkedIn',
    nl: 'Campagne op LinkedIn testen',
  },
  'example.o3': {
    en: 'I become an expert in online advertising',
    nl: 'Ik word expert in online adverteren',
  },
  'example.o3.kr1': {
    en: 'Google Ads certificate obtained',
    nl: 'Certificaat Google Ads behaald',
  },
  'example.o3.kr2': {
    en: '3 A/B tests a month',
    nl: '3 A/B-tests per maand',
  },
  'example.team': { en: 'Marketing', nl: 'Marketing' },
  'example.owner1': { en: 'Anna de Vries', nl: 'Anna de Vries' },
  'example.owner2': { en: 'Eva Bakker', nl: 'Eva Bakker' },
} as const satisfies Catalogue;
