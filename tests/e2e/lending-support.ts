/** A lending point's fields as the admins' form sends them (`POST /api/lending/points`). */
export const lendingPointBody = (id: string) => ({
  id,
  name: `Point ${id}`,
  address: '1 rue de Siam, 29200 Brest',
  lat: 48.3862,
  lng: -4.4881,
  hours: {
    mon: [],
    tue: [
      { opens: '10:00', closes: '12:30' },
      { opens: '14:00', closes: '18:00' },
    ],
    wed: [{ opens: '10:00', closes: '18:00' }],
    thu: [],
    fri: [{ opens: '14:00', closes: '19:00' }],
    sat: [{ opens: '10:00', closes: '17:00' }],
    sun: [],
  },
  closures: [],
  contact: {},
});
