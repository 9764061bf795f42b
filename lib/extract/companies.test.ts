import { describe, expect, it } from 'vitest';
import { only } from './test-support';

function names(text: string) {
  return only('company', text).map((m) => [m.text, m.canonical]);
}

describe('companies: aliases, brands and parents', () => {
  it('maps cloud brands to their parent', () => {
    expect(names('AWS and Google Cloud compete with Azure and Amazon Web Services.')).toEqual([
      ['AWS', 'Amazon'],
      ['Google Cloud', 'Google'],
      ['Azure', 'Microsoft'],
      ['Amazon Web Services', 'Amazon'],
    ]);
  });
  it('finds names in possessives and compounds', () => {
    expect(
      names("Oracle's backlog grew as Amazon-backed Anthropic trained on NVIDIA H100 chips and DeepSeek-V3 shipped."),
    ).toEqual([
      ['Oracle', 'Oracle'],
      ['Amazon', 'Amazon'],
      ['Anthropic', 'Anthropic'],
      ['NVIDIA', 'Nvidia'],
      ['DeepSeek', 'DeepSeek'],
    ]);
  });
  it('keeps legal suffixes in the span but not in the canonical name', () => {
    expect(
      names('Nebius Group N.V. and Microsoft Corp. agreed, as did CoreWeave, Inc. and Nvidia Corporation.'),
    ).toEqual([
      ['Nebius Group N.V.', 'Nebius'],
      ['Microsoft Corp.', 'Microsoft'],
      ['CoreWeave, Inc.', 'CoreWeave'],
      ['Nvidia Corporation', 'Nvidia'],
    ]);
  });
  it('prefers the company named exactly like the alias, then the more specific one', () => {
    expect(names('Alphabet owns Google DeepMind.')).toEqual([
      ['Alphabet', 'Alphabet'],
      ['Google DeepMind', 'DeepMind'],
    ]);
  });
  it('is case-sensitive and word-bounded', () => {
    expect(names('The openai fans and Armada crew met an xAIfan.')).toEqual([]);
  });
});

describe('companies: names that are also words', () => {
  it('accepts them mid-sentence or acting as a company', () => {
    expect(names('Arm said it will design chips with Meta and Apple.')).toEqual([
      ['Arm', 'Arm'],
      ['Meta', 'Meta'],
      ['Apple', 'Apple'],
    ]);
  });
  it('rejects them as ordinary words or products', () => {
    expect(names('Apple orchards bloom. AWS Lambda users pay per call, and the Amazon rainforest burns.')).toEqual([
      ['AWS', 'Amazon'],
    ]);
  });
});

describe('companies: unknown names by form', () => {
  it('uses organization suffixes and then recognizes the name again', () => {
    expect(names('Foobar Technologies Inc. signed a lease; later Foobar Technologies expanded.')).toEqual([
      ['Foobar Technologies Inc.', 'Foobar Technologies'],
      ['Foobar Technologies', 'Foobar Technologies'],
    ]);
    expect(names('Backers included Quarrow Capital, Tidepool Ventures and Brightline Partners.')).toEqual([
      ['Quarrow Capital', 'Quarrow Capital'],
      ['Tidepool Ventures', 'Tidepool Ventures'],
      ['Brightline Partners', 'Brightline Partners'],
    ]);
  });
  it('uses a role noun before the name or an appositive after it', () => {
    expect(names('Zentrix, the Lisbon-based GPU cloud, bought parts from chipmaker Veltrion.')).toEqual([
      ['Zentrix', 'Zentrix'],
      ['Veltrion', 'Veltrion'],
    ]);
  });
  it('treats Stargate as a company only when the text does', () => {
    expect(names('They formed Stargate, a new company, with SoftBank.')).toEqual([
      ['Stargate', 'Stargate'],
      ['SoftBank', 'SoftBank'],
    ]);
    expect(names('The Stargate Project and Stargate UAE are sites.')).toEqual([]);
  });
});

describe('companies: not people, places or government bodies', () => {
  it('skips them', () => {
    expect(
      names('CEO Jane Doe said in Texas that the European Union and the Ministry of Economy back the plan.'),
    ).toEqual([]);
    expect(names('The U.S. government signed with SoftBank Group.')).toEqual([['SoftBank Group', 'SoftBank']]);
  });
});

describe('companies: lists and guards', () => {
  it('takes unknown names that share a list with known companies', () => {
    expect(names('Backers Foo Holdings, Nvidia, Quillon, AMD and Sparrowhawk also joined.').map(([, c]) => c)).toEqual([
      'Foo Holdings',
      'Nvidia',
      'Quillon',
      'AMD',
      'Sparrowhawk',
    ]);
  });
  it('does not take places from such lists, nor people after person-like roles', () => {
    expect(names('Microsoft, Google and Europe met; Texas, Ohio and Nvidia too.').map(([, c]) => c)).toEqual([
      'Microsoft',
      'Google',
      'Nvidia',
    ]);
    expect(names('The round drew billionaire investor Peter Thiel.')).toEqual([]);
    expect(names("Jensen Huang, the company's founder, spoke to Brightwave, a Swedish startup.")).toEqual([
      ['Brightwave', 'Brightwave'],
    ]);
  });
});

describe('companies: more context rules', () => {
  it('reads "X-based Name", "analysts at Name" and "Amazon-backed" at a sentence start', () => {
    expect(names('Lisbon-based Veltra Compute grew, said analysts at Greyfield.')).toEqual([
      ['Veltra Compute', 'Veltra Compute'],
      ['Greyfield', 'Greyfield'],
    ]);
    expect(names('Amazon-backed labs grew.')).toEqual([['Amazon', 'Amazon']]);
  });
});

describe('companies: possessives that only a company has', () => {
  it('reads "Foo\'s shares" and "Foo\'s former plant" as a company, not a person\'s', () => {
    expect(names("Profits rose while Quillex's shares fell and Tamura's former LCD plant closed.")).toEqual([
      ['Quillex', 'Quillex'],
      ['Tamura', 'Tamura'],
    ]);
    expect(names("Then Mark Zuckerberg's shares and Japan's revenue rose, and Musk's former factory closed.")).toEqual(
      [],
    );
  });
});

describe('companies: short forms and business units', () => {
  it('reads the first word of a name introduced in full as the same company', () => {
    expect(names('Veltra Compute Inc. raised money. Veltra said demand was strong.')).toEqual([
      ['Veltra Compute Inc.', 'Veltra Compute'],
      ['Veltra', 'Veltra Compute'],
    ]);
  });
  it('does not shorten ordinary first words or read them before the full name', () => {
    expect(names('Blue said hello to Blue Owl. General views of Blue Owl Capital differ.').map(([t]) => t)).toEqual([
      'Blue Owl',
      'Blue Owl Capital',
    ]);
    expect(names('Veltra said hi. Later Veltra Compute Inc. raised money.').map(([t]) => t)).toEqual([
      'Veltra Compute Inc.',
    ]);
  });
  it('reads "its Foo unit" as a company', () => {
    expect(names('The chipmaker sold its Altera unit.')).toEqual([['Altera', 'Altera']]);
  });
});

describe('companies: examples, domains and table cells', () => {
  it('reads the examples of a company kind', () => {
    expect(names('Clouds that rent GPUs by the hour, such as Vast.ai and RunPod, cut prices.')).toEqual([
      ['Vast.ai', 'Vast.ai'],
      ['RunPod', 'RunPod'],
    ]);
    expect(names('Investors including Quarrow and Tidepool joined.').map(([t]) => t)).toEqual(['Quarrow', 'Tidepool']);
    expect(names('Places such as Lisbon and Texas.')).toEqual([]);
  });
  it('accepts ambiguous names in table cells', () => {
    expect(names('| Provider | GPUs |\n| Lambda | 40,000 B200 |')).toEqual([['Lambda', 'Lambda']]);
  });
});

describe('companies: technology compounds', () => {
  it('reads "Arm-based" as the company, and what it is based on as no company', () => {
    expect(names('Arm-based Graviton processors ship widely.')).toEqual([['Arm', 'Arm']]);
  });
});

describe('companies: longer names that start with a known one', () => {
  it('gives way to "Known Foo Industries" found by its suffix', () => {
    expect(names('A floating site with Nvidia Heavy Industries is planned, and Nvidia agreed.')).toEqual([
      ['Nvidia Heavy Industries', 'Nvidia Heavy Industries'],
      ['Nvidia', 'Nvidia'],
    ]);
  });
});

describe('companies: ampersands', () => {
  it('keeps single letters joined by "&" in a name found by its suffix', () => {
    expect(names('Ratings from Q&R Global were cut.')).toEqual([['Q&R Global', 'Q&R Global']]);
  });
});

describe('companies: form-based names that are not companies', () => {
  it('reads a role noun used as a verb as no cue', () => {
    expect(names('The bond sale will fund Titanfall 2 in Ohio.')).toEqual([]);
  });
  it('does not take a facility named after an energy firm, nor a power figure, as a company', () => {
    expect(names('The deal restarts the 600 MW Birchwood Clean Energy Center next year.')).toEqual([]);
  });
});

describe('companies: the abbreviated legal suffix "Co."', () => {
  it('ends an unknown name and leaves the canonical name without it', () => {
    expect(names('Vestmark Power Co. signed, as did Hollin Sachs & Co. and Redwater Co.')).toEqual([
      ['Vestmark Power Co.', 'Vestmark Power'],
      ['Hollin Sachs & Co.', 'Hollin Sachs'],
      ['Redwater Co.', 'Redwater'],
    ]);
  });
});

describe('companies: names by their role in a deal', () => {
  it('finds a name qualified by its backer or owner', () => {
    expect(names('Nvidia-backed Firecrest and Blackstone-owned Harrow Data both gained.')).toEqual([
      ['Nvidia', 'Nvidia'],
      ['Firecrest', 'Firecrest'],
      ['Harrow Data', 'Harrow Data'],
    ]);
  });
  it('finds round leaders and funders, but not people', () => {
    expect(names('The startup raised $300 million in a round led by Quillfeather Investment and Sam Altman.')).toEqual([
      ['Quillfeather Investment', 'Quillfeather Investment'],
    ]);
    expect(names('It closed a $45 million round from Norrvik and Pale Grey Capital AG.')).toEqual([
      ['Norrvik', 'Norrvik'],
      ['Pale Grey Capital AG', 'Pale Grey Capital'],
    ]);
    expect(names('The lab took a round led by Dutch chip equipment giant Lithex.')).toEqual([['Lithex', 'Lithex']]);
    expect(names('The lab took a round led by Chief Executive Jane Roe and Sheikh Tahnoon.')).toEqual([]);
  });
  it('finds the participants listed before "participating", but not people or places', () => {
    expect(
      names(
        'The lab raised $2 billion in a round led by Nvidia, with 1789 Capital, ' +
          'Brightwater and Eric Schmidt participating.',
      ),
    ).toEqual([
      ['Nvidia', 'Nvidia'],
      ['1789 Capital', '1789 Capital'],
      ['Brightwater', 'Brightwater'],
    ]);
    expect(names('The round, with Texas participating, raised $5 million.')).toEqual([]);
  });
  it('finds the counterparty of an agreement, but not places or people', () => {
    expect(
      names('It signed a $9.7 billion contract with Iroko Compute and a partnership with Hollis Grid and Marrow Labs.'),
    ).toEqual([
      ['Iroko Compute', 'Iroko Compute'],
      ['Hollis Grid', 'Hollis Grid'],
      ['Marrow Labs', 'Marrow Labs'],
    ]);
    expect(names('The lab struck a deal with Texas, an agreement with Sam Altman and a deal with the state.')).toEqual(
      [],
    );
  });
  it('finds stakes and joint-venture partners', () => {
    expect(names('Oracle sold its stake in Tessaro, a joint venture of Halden Enterprises and GridConneX.')).toEqual([
      ['Oracle', 'Oracle'],
      ['Tessaro', 'Tessaro'],
      ['Halden Enterprises', 'Halden Enterprises'],
      ['GridConneX', 'GridConneX'],
    ]);
    expect(names('The fund sold its stake in Texas and the money came from Brazil.')).toEqual([]);
  });
});

describe('companies: legal forms, former names, short forms, projects', () => {
  it('folds Nordic and other short legal forms, and a second form', () => {
    expect(names('Lumen Oy said sales rose, Kasvu AG agreed and Merlion Grid Pte. Ltd. signed.')).toEqual([
      ['Lumen Oy', 'Lumen'],
      ['Kasvu AG', 'Kasvu'],
      ['Merlion Grid Pte. Ltd.', 'Merlion Grid'],
    ]);
  });
  it('maps a former name to the company', () => {
    expect(
      names(
        'Helsinki-based Marja Oy, formerly CloudBerry, raised funds. ' +
          'CloudBerry grew, and Tuuli AB (previously known as Nimbo) too.',
      ),
    ).toEqual([
      ['Marja Oy', 'Marja'],
      ['CloudBerry', 'Marja'],
      ['CloudBerry', 'Marja'],
      ['Tuuli AB', 'Tuuli'],
      ['Nimbo', 'Tuuli'],
    ]);
    expect(names('Ms Lind, formerly Chief Executive at a bank, and Helsinki, formerly Helsingfors.')).toEqual([]);
    expect(names('Harbor Grid Inc., a Lisbon GPU cloud formerly known as Quay Racks, grew.')).toEqual([
      ['Harbor Grid Inc.', 'Harbor Grid'],
      ['Quay Racks', 'Harbor Grid'],
    ]);
  });
  it('gives a one-word possessive the canonical name of the longer name it shortens', () => {
    expect(names("Sakuro Networks Inc. won a grant; Sakuro's shares jumped.")).toEqual([
      ['Sakuro Networks Inc.', 'Sakuro Networks'],
      ['Sakuro', 'Sakuro Networks'],
    ]);
  });
  it('does not read "the Foo Project" as the company Foo', () => {
    expect(names('Tallgrass LLC runs the Tallgrass Project.')).toEqual([['Tallgrass LLC', 'Tallgrass']]);
  });
});
