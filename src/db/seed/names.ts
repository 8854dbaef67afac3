/**
 * Plausible Indonesian personal names and academic titles for demo data. Names mix the naming
 * customs of the country's large groups: Javanese and Sundanese (often one or two given names, no
 * family name), Batak (given name + marga), Minangkabau (Arabic-derived and modern given names,
 * no marga in daily use), Bugis (the noble prefix "Andi" for some), and common Islamic/modern
 * names. Titles follow SIASN's split: gelar depan (dr., drg., Dr., Ir., Ns., H., Hj.) and gelar
 * belakang (S.Pd., M.Si., A.Md.Keb. …).
 */
import type { Rng } from './prng.ts';

type Gender = 'L' | 'P';

const JAWA = {
  L: [
    'Bambang',
    'Budi',
    'Joko',
    'Agus',
    'Slamet',
    'Sugeng',
    'Teguh',
    'Wahyu',
    'Hadi',
    'Sutrisno',
    'Suharto',
    'Sukarno',
    'Purnomo',
    'Heru',
    'Eko',
    'Dwi',
    'Tri',
    'Yudi',
    'Bayu',
    'Prasetyo',
    'Sigit',
    'Widodo',
    'Rudi',
    'Supriyadi',
    'Haryanto',
    'Gunawan',
    'Setyo',
    'Aris',
    'Anton',
    'Nugroho',
    'Wibowo',
    'Santoso',
    'Susilo',
    'Kuncoro',
    'Wicaksono',
    'Adi',
    'Galih',
    'Aji',
  ],
  P: [
    'Sri',
    'Endang',
    'Tri',
    'Dwi',
    'Wahyuni',
    'Rahayu',
    'Lestari',
    'Sulistyowati',
    'Retno',
    'Ratna',
    'Ani',
    'Yuni',
    'Sumarni',
    'Suharti',
    'Wulandari',
    'Puspita',
    'Kartika',
    'Widya',
    'Setyaningsih',
    'Handayani',
    'Astuti',
    'Purwanti',
    'Kusumawati',
    'Sekar',
    'Ayu',
    'Indah',
    'Utami',
    'Pratiwi',
    'Nurhayati',
    'Dyah',
    'Woro',
    'Ambarwati',
  ],
  family: {
    L: [
      'Santoso',
      'Wibowo',
      'Nugroho',
      'Prasetyo',
      'Susanto',
      'Setiawan',
      'Kurniawan',
      'Hartono',
      'Wijaya',
      'Saputro',
      'Purwanto',
      'Utomo',
      'Pamungkas',
      'Wicaksono',
      'Sulistyo',
      'Raharjo',
      'Hidayat',
      'Cahyono',
    ],
    P: [
      'Rahayu',
      'Lestari',
      'Wulandari',
      'Purwaningsih',
      'Sulistyowati',
      'Handayani',
      'Kusumawati',
      'Setyaningsih',
      'Wijayanti',
      'Susanti',
      'Hartini',
      'Utami',
      'Wahyuningsih',
      'Prihatin',
    ],
  },
};

const SUNDA = {
  L: [
    'Asep',
    'Ujang',
    'Dede',
    'Cecep',
    'Yayan',
    'Dadang',
    'Ade',
    'Iwan',
    'Endang',
    'Ayi',
    'Deden',
    'Jajang',
    'Enjang',
    'Acep',
    'Dedi',
    'Agus',
    'Ridwan',
    'Rizal',
    'Yusuf',
    'Hendra',
    'Iman',
    'Wawan',
    'Nandang',
    'Oman',
    'Ruhiyat',
    'Encep',
    'Aep',
    'Usep',
    'Kurnia',
    'Rahmat',
  ],
  P: [
    'Euis',
    'Neneng',
    'Iis',
    'Entin',
    'Imas',
    'Cucu',
    'Nining',
    'Ai',
    'Eneng',
    'Elis',
    'Tati',
    'Yati',
    'Lilis',
    'Nunung',
    'Titin',
    'Popon',
    'Ela',
    'Rina',
    'Nia',
    'Wida',
    'Rika',
    'Siti',
    'Yeni',
    'Dewi',
    'Teti',
    'Nurul',
    'Lina',
    'Resti',
    'Sinta',
    'Ratih',
  ],
  family: {
    L: [
      'Sutisna',
      'Permana',
      'Hidayat',
      'Kurniawan',
      'Saputra',
      'Suryana',
      'Gunawan',
      'Sopandi',
      'Supriatna',
      'Mulyana',
      'Rohmat',
      'Setiadi',
      'Sumarna',
      'Kusnadi',
      'Ruswandi',
      'Suherman',
      'Sudrajat',
      'Hermawan',
    ],
    P: [
      'Nurjanah',
      'Rahmawati',
      'Komalasari',
      'Sukmawati',
      'Purnamasari',
      'Lestari',
      'Sumiati',
      'Nurhasanah',
      'Rostiani',
      'Kurniasih',
      'Mulyani',
      'Hayati',
    ],
  },
};

const BATAK = {
  L: [
    'Parulian',
    'Hotman',
    'Togar',
    'Binsar',
    'Marihot',
    'Jonner',
    'Ronald',
    'Daniel',
    'Yohanes',
    'Samuel',
    'Benny',
    'Robert',
    'Maruli',
    'Sahat',
    'Tigor',
    'Ahmad',
    'Rahmat',
    'Fadli',
    'Rizky',
    'Hasan',
  ],
  P: [
    'Rosmawati',
    'Tiurma',
    'Rugun',
    'Sondang',
    'Lasma',
    'Maria',
    'Ruth',
    'Debora',
    'Friska',
    'Yanti',
    'Nurhayati',
    'Lenny',
    'Mega',
    'Christina',
    'Herlina',
    'Sari',
    'Fitri',
    'Rahmadani',
  ],
  family: {
    L: [
      'Siregar',
      'Nasution',
      'Harahap',
      'Simanjuntak',
      'Sitompul',
      'Hutapea',
      'Lubis',
      'Sinaga',
      'Pardede',
      'Panjaitan',
      'Situmorang',
      'Manurung',
      'Simatupang',
      'Hutagalung',
      'Silalahi',
      'Sihombing',
      'Tambunan',
      'Pane',
      'Batubara',
      'Daulay',
    ],
    P: [
      'Siregar',
      'Nasution',
      'Harahap',
      'Simanjuntak',
      'Sitompul',
      'Hutapea',
      'Lubis',
      'Sinaga',
      'Pardede',
      'Panjaitan',
      'Situmorang',
      'Manurung',
      'Simatupang',
      'Hutagalung',
      'Silalahi',
      'Sihombing',
      'Tambunan',
      'Pane',
      'Batubara',
      'Daulay',
    ],
  },
};

const MINANG = {
  L: [
    'Afrizal',
    'Zulkifli',
    'Syafrizal',
    'Yusrizal',
    'Defri',
    'Hendri',
    'Firdaus',
    'Zulfikar',
    'Irwan',
    'Novrizal',
    'Rahmat',
    'Syahrial',
    'Yulianto',
    'Erizal',
    'Fauzan',
    'Hafiz',
    'Ilham',
    'Arif',
    'Rizki',
    'Khairul',
  ],
  P: [
    'Elvira',
    'Yulia',
    'Yusnita',
    'Rahmi',
    'Fitri',
    'Nofrita',
    'Desmawati',
    'Zulmiati',
    'Yenni',
    'Rosna',
    'Suci',
    'Rahmadani',
    'Mairita',
    'Hayati',
    'Elfi',
    'Nurul',
    'Syafitri',
    'Yulinda',
    'Fadhilah',
    'Liza',
  ],
  family: {
    L: [
      'Syahputra',
      'Putra',
      'Rahman',
      'Yunus',
      'Chaniago',
      'Piliang',
      'Tanjung',
      'Koto',
      'Sikumbang',
      'Jambak',
      'Ahmad',
      'Hamzah',
      'Azwar',
      'Iskandar',
    ],
    P: [
      'Putri',
      'Syafitri',
      'Chaniago',
      'Piliang',
      'Tanjung',
      'Koto',
      'Sikumbang',
      'Jambak',
      'Rahmi',
      'Yanti',
      'Wahyuni',
      'Marlina',
    ],
  },
};

const BUGIS = {
  L: [
    'Andi Muhammad',
    'Andi Arif',
    'Muhammad',
    'Syamsuddin',
    'Hasanuddin',
    'Ikhsan',
    'Rusdi',
    'Abdul Rahman',
    'Baharuddin',
    'Amiruddin',
    'Jamaluddin',
    'Nasrullah',
    'Syarifuddin',
    'Sudirman',
    'Akbar',
    'Fahmi',
    'Irfan',
    'Aswar',
    'Haris',
    'Mansyur',
  ],
  P: [
    'Andi Nurhayati',
    'Andi Sitti',
    'Nurhayati',
    'Sitti Aminah',
    'Hasnah',
    'Rosmini',
    'Nurlina',
    'Hasmawati',
    'Rahmawati',
    'Syamsiah',
    'Fatmawati',
    'Nurjannah',
    'Darmawati',
    'Hijrah',
    'Nurul Fadhilah',
    'Irmawati',
    'Asmira',
    'Musdalifah',
  ],
  family: {
    L: [
      'Syam',
      'Hamid',
      'Latif',
      'Rauf',
      'Said',
      'Made',
      'Tahir',
      'Nawir',
      'Basri',
      'Arsyad',
      'Salam',
      'Ramli',
      'Nur',
      'Amir',
    ],
    P: ['Syam', 'Hamid', 'Latif', 'Rauf', 'Said', 'Tahir', 'Basri', 'Arsyad', 'Ramli', 'Nur', 'Amir', 'Sari'],
  },
};

const UMUM = {
  L: [
    'Muhammad',
    'Ahmad',
    'Rizky',
    'Fajar',
    'Dimas',
    'Ilham',
    'Reza',
    'Arief',
    'Fikri',
    'Hafidz',
    'Aditya',
    'Bagus',
    'Yoga',
    'Andika',
    'Farhan',
    'Naufal',
    'Kevin',
    'Rafi',
    'Taufik',
    'Irfan',
    'Fauzi',
    'Hendra',
    'Rian',
    'Yusuf',
    'Zaki',
  ],
  P: [
    'Siti',
    'Nur',
    'Fitri',
    'Dewi',
    'Rina',
    'Ayu',
    'Putri',
    'Anisa',
    'Aulia',
    'Nabila',
    'Intan',
    'Dian',
    'Maya',
    'Novi',
    'Mega',
    'Rani',
    'Tiara',
    'Citra',
    'Della',
    'Nadia',
    'Salsabila',
    'Zahra',
    'Annisa',
    'Rizka',
    'Melati',
  ],
  family: {
    L: [
      'Pratama',
      'Saputra',
      'Ramadhan',
      'Hidayat',
      'Firmansyah',
      'Maulana',
      'Kurniawan',
      'Setiawan',
      'Hakim',
      'Nurdiansyah',
      'Prakoso',
      'Syahputra',
    ],
    P: [
      'Rahmawati',
      'Fitriani',
      'Safitri',
      'Anggraini',
      'Maharani',
      'Permatasari',
      'Oktaviani',
      'Novitasari',
      'Wulandari',
      'Febriani',
      'Puspitasari',
      'Ramadhani',
    ],
  },
};

const GROUPS = [
  [SUNDA, 34],
  [JAWA, 30],
  [UMUM, 12],
  [BATAK, 8],
  [MINANG, 8],
  [BUGIS, 8],
] as const;

/** A full name without titles, in the style of one of the groups. */
export function makeName(rng: Rng, gender: Gender): string {
  const group = rng.weighted(GROUPS);
  const given = group[gender];
  if (group === BATAK) {
    // Batak: given name(s) + marga, always.
    const first = rng.pick(given);
    return rng.chance(0.3)
      ? `${first} ${rng.pick(UMUM[gender])} ${rng.pick(BATAK.family[gender])}`
      : `${first} ${rng.pick(BATAK.family[gender])}`;
  }
  const family = group.family[gender];
  const shape = rng.float();
  if (group === JAWA && shape < 0.25) return rng.pick(given); // single-name Javanese, older style
  if (shape < 0.55) return `${rng.pick(given)} ${rng.pick(family)}`;
  if (shape < 0.85) {
    const first = rng.pick(given);
    const second = rng.pick(given);
    return first === second ? `${first} ${rng.pick(family)}` : `${first} ${second}`;
  }
  return `${rng.pick(given)} ${rng.pick(UMUM[gender])} ${rng.pick(family)}`;
}

/** Profession keys used to pick titles. */
export type Profesi =
  | 'GURU'
  | 'DOKTER'
  | 'DOKTER_GIGI'
  | 'PERAWAT'
  | 'BIDAN'
  | 'FARMASI'
  | 'KESMAS'
  | 'TEKNIK'
  | 'KOMPUTER'
  | 'PERTANIAN'
  | 'HUKUM'
  | 'EKONOMI'
  | 'SOSIAL'
  | 'ADMINISTRASI'
  | 'NONE';

interface Gelar {
  depan: string | null;
  belakang: string | null;
}

const BELAKANG: Record<Profesi, readonly (readonly [string, number])[]> = {
  GURU: [
    ['S.Pd.', 55],
    ['S.Pd.SD', 15],
    ['S.Pd., M.Pd.', 12],
    ['S.Pd.I.', 8],
    ['S.Si.', 4],
    ['S.Ag.', 4],
    ['S.Kom.', 2],
  ],
  DOKTER: [
    ['', 55],
    ['M.Kes.', 20],
    ['Sp.PD', 5],
    ['Sp.A', 5],
    ['Sp.OG', 5],
    ['MARS', 5],
    ['M.K.M.', 5],
  ],
  DOKTER_GIGI: [
    ['', 80],
    ['M.Kes.', 20],
  ],
  PERAWAT: [
    ['S.Kep.', 50],
    ['A.Md.Kep.', 45],
    ['S.Kep., M.Kep.', 5],
  ],
  BIDAN: [
    ['A.Md.Keb.', 60],
    ['S.Tr.Keb.', 30],
    ['S.Keb.', 10],
  ],
  FARMASI: [
    ['S.Farm., Apt.', 60],
    ['A.Md.Farm.', 40],
  ],
  KESMAS: [
    ['S.K.M.', 70],
    ['S.K.M., M.Kes.', 15],
    ['A.Md.Kes.', 15],
  ],
  TEKNIK: [
    ['S.T.', 60],
    ['S.T., M.T.', 20],
    ['A.Md.T.', 20],
  ],
  KOMPUTER: [
    ['S.Kom.', 60],
    ['A.Md.Kom.', 20],
    ['S.Kom., M.Kom.', 10],
    ['S.T.', 10],
  ],
  PERTANIAN: [
    ['S.P.', 60],
    ['S.Pt.', 15],
    ['S.Hut.', 10],
    ['A.Md.P.', 10],
    ['S.P., M.Si.', 5],
  ],
  HUKUM: [
    ['S.H.', 70],
    ['S.H., M.H.', 30],
  ],
  EKONOMI: [
    ['S.E.', 55],
    ['S.E., M.M.', 15],
    ['S.Ak.', 15],
    ['A.Md.Ak.', 15],
  ],
  SOSIAL: [
    ['S.Sos.', 45],
    ['S.IP.', 20],
    ['S.Sos., M.Si.', 15],
    ['S.IP., M.AP.', 10],
    ['S.Psi.', 10],
  ],
  ADMINISTRASI: [
    ['S.Sos.', 25],
    ['S.E.', 20],
    ['S.AP.', 15],
    ['S.IP., M.Si.', 15],
    ['S.H., M.H.', 10],
    ['S.STP., M.Si.', 10],
    ['S.T., M.T.', 5],
  ],
  NONE: [
    ['', 60],
    ['A.Md.', 20],
    ['S.E.', 10],
    ['S.Sos.', 10],
  ],
};

/** Titles for a person in a profession; older senior people sometimes carry Ir./Dr./H./Hj. */
export function makeGelar(rng: Rng, profesi: Profesi, gender: Gender, senior: boolean): Gelar {
  let depan: string | null = null;
  let belakang: string | null = rng.weighted(BELAKANG[profesi]) || null;
  if (profesi === 'DOKTER') depan = 'dr.';
  else if (profesi === 'DOKTER_GIGI') depan = 'drg.';
  else if (profesi === 'PERAWAT' && belakang?.startsWith('S.Kep.')) depan = 'Ns.';
  else if (senior && profesi === 'TEKNIK' && rng.chance(0.3)) {
    depan = 'Ir.';
    belakang = rng.chance(0.5) ? 'M.T.' : null;
  } else if (senior && rng.chance(0.06)) {
    depan = 'Dr.';
  }
  if (senior && rng.chance(0.12)) {
    const haji = gender === 'L' ? 'H.' : 'Hj.';
    depan = depan ? `${haji} ${depan}` : haji;
  }
  return { depan, belakang };
}

/** Lower-case ASCII slug of a name, for demo e-mail addresses. */
export function slugName(nama: string): string {
  return nama
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .trim()
    .split(/\s+/)
    .slice(0, 2)
    .join('.');
}
