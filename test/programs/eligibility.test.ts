import { expect } from '@open-wc/testing';
import { examEligibility } from '../../src/programs/eligibility.js';
import type { Program } from '../../src/catalog/schema.js';
import { makeProgram } from './make-program.js';

// An unaccredited-program baseline that meets every hour threshold.
const alt = (over: Partial<Program> = {}) =>
  makeProgram({ id: 'p', accreditation: undefined, contactHours: 800, externshipHours: 160, ...over });

describe('examEligibility: CMA (AAMA)', () => {
  it('is yes for a CAAHEP or ABHES program, whatever its hours', () => {
    expect(examEligibility(makeProgram({ id: 'a', accreditation: { body: 'CAAHEP', status: 'accredited' } })).CMA).to.equal('yes');
    expect(examEligibility(makeProgram({ id: 'b', accreditation: { body: 'ABHES', status: 'accredited' }, contactHours: 100 })).CMA).to.equal('yes');
  });
  it('treats initial accreditation and probation as accredited', () => {
    expect(examEligibility(makeProgram({ id: 'a', accreditation: { body: 'CAAHEP', status: 'initial' } })).CMA).to.equal('yes');
    expect(examEligibility(makeProgram({ id: 'a', accreditation: { body: 'ABHES', status: 'probation' } })).CMA).to.equal('yes');
  });
  it('alternative pathway: accredited school, 560+ contact hours, 160+ practicum, certificate/diploma/associate', () => {
    expect(examEligibility(alt({ contactHours: 560, externshipHours: 160 })).CMA).to.equal('yes');
    expect(examEligibility(alt({ credential: 'diploma' })).CMA).to.equal('yes');
    expect(examEligibility(alt({ credential: 'associate' })).CMA).to.equal('yes');
  });
  it('alternative pathway fails on each unmet condition', () => {
    expect(examEligibility(alt({ contactHours: 559 })).CMA).to.equal('no');
    expect(examEligibility(alt({ externshipHours: 159 })).CMA).to.equal('no');
    expect(examEligibility(alt({ credential: 'bachelor' })).CMA).to.equal('no');
    expect(examEligibility(alt({ institution: { name: 'X', accredited: false } })).CMA).to.equal('no');
  });
  it('is unknown when a needed field is not reported, but no when another condition already fails', () => {
    expect(examEligibility(alt({ contactHours: undefined })).CMA).to.equal('unknown');
    expect(examEligibility(alt({ externshipHours: undefined })).CMA).to.equal('unknown');
    expect(examEligibility(alt({ institution: { name: 'X' } })).CMA).to.equal('unknown');
    expect(examEligibility(alt({ contactHours: undefined, externshipHours: 100 })).CMA).to.equal('no');
  });
});

describe('examEligibility: RMA (AMT)', () => {
  it('is yes with an accredited school, 720+ hours and 160+ externship hours', () => {
    expect(examEligibility(alt({ contactHours: 720, externshipHours: 160 })).RMA).to.equal('yes');
  });
  it('is no below 720 contact hours, below 160 externship hours, or without institutional accreditation', () => {
    expect(examEligibility(alt({ contactHours: 719 })).RMA).to.equal('no');
    expect(examEligibility(alt({ externshipHours: 150 })).RMA).to.equal('no');
    expect(examEligibility(alt({ institution: { name: 'X', accredited: false } })).RMA).to.equal('no');
  });
  it('does not follow programmatic accreditation alone', () => {
    const p = makeProgram({ id: 'a', accreditation: { body: 'CAAHEP', status: 'accredited' }, contactHours: 600, externshipHours: 160 });
    expect(examEligibility(p).RMA).to.equal('no');
  });
  it('is unknown when hours or institutional accreditation are not reported', () => {
    expect(examEligibility(alt({ contactHours: undefined })).RMA).to.equal('unknown');
    expect(examEligibility(alt({ externshipHours: undefined })).RMA).to.equal('unknown');
    expect(examEligibility(alt({ institution: { name: 'X' } })).RMA).to.equal('unknown');
  });
});

describe('examEligibility: CCMA (NHA)', () => {
  it('is yes for any medical assisting training program, even with nothing reported', () => {
    expect(examEligibility(alt({ contactHours: undefined, externshipHours: undefined, institution: { name: 'X' } })).CCMA).to.equal('yes');
    expect(examEligibility(alt({ contactHours: 10, institution: { name: 'X', accredited: false } })).CCMA).to.equal('yes');
  });
});
