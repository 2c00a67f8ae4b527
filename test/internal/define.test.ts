import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { defineElement } from '../../src/internal/define.js';

describe('defineElement', () => {
  afterEach(() => sinon.restore());

  it('defines a tag once and skips a second definition without throwing', () => {
    class A extends HTMLElement {
      static version = '1.0.0';
    }
    class B extends HTMLElement {
      static version = '1.0.0';
    }
    const warn = sinon.stub(console, 'warn');
    defineElement('ma-test-define-a', A);
    expect(() => defineElement('ma-test-define-a', B)).not.to.throw();
    expect(customElements.get('ma-test-define-a')).to.equal(A);
    expect(warn.called, 'same version: no warning').to.equal(false);
  });

  it('warns once when another version already owns the tag', () => {
    class A extends HTMLElement {
      static version = '1.0.0';
    }
    class B extends HTMLElement {
      static version = '2.0.0';
    }
    const warn = sinon.stub(console, 'warn');
    defineElement('ma-test-define-b', A);
    defineElement('ma-test-define-b', B);
    defineElement('ma-test-define-b', B);
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain('version 1.0.0');
  });

  it('does not throw when a class is reused for another tag', () => {
    class C extends HTMLElement {}
    const warn = sinon.stub(console, 'warn');
    defineElement('ma-test-define-c', C);
    expect(() => defineElement('ma-test-define-d', C)).not.to.throw();
    expect(warn.calledOnce).to.equal(true);
  });
});
