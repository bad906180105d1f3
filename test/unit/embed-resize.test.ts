import { expect } from '@open-wc/testing';
import { HEIGHT_MESSAGE, resizeEmbeds } from '../../src/embed/height-listener.js';

// embed-resize.js on a host page: only an iframe showing our embed.html, on a message from that
// frame's window and our origin, takes the height it reports. Messages are dispatched as the
// browser would deliver them (origin and source set), so each hostile case is exact.
describe('embed-resize.js', () => {
  const embedPage = new URL('/nhs/dist/embed.html', location.href);
  let stop: () => void = () => undefined;
  const frames: HTMLIFrameElement[] = [];

  function frame(attributes: Record<string, string>): HTMLIFrameElement {
    const iframe = document.createElement('iframe');
    for (const [name, value] of Object.entries(attributes)) iframe.setAttribute(name, value);
    iframe.style.height = '150px';
    document.body.append(iframe);
    frames.push(iframe);
    return iframe;
  }

  const send = (source: Window | null, data: unknown, origin = embedPage.origin): void => {
    window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
  };
  const height = (iframe: HTMLIFrameElement) => iframe.style.height;

  beforeEach(() => {
    stop = resizeEmbeds(embedPage);
  });
  afterEach(() => {
    stop();
    for (const iframe of frames.splice(0)) iframe.remove();
  });

  it('resizes the embed iframe that reports its height, and no other', () => {
    const embed = frame({ src: `${embedPage.href}?widget=role-card&role-id=paramedic` });
    const other = frame({ src: `${embedPage.href}?widget=category-grid` });
    send(embed.contentWindow, { type: HEIGHT_MESSAGE, height: 812.4 });
    expect(height(embed)).to.equal('812px');
    expect(height(other)).to.equal('150px');
  });

  it('takes a relative src that resolves to the embed page', () => {
    const embed = frame({ src: '/nhs/dist/embed.html?widget=role-compare' });
    send(embed.contentWindow, { type: HEIGHT_MESSAGE, height: 400 });
    expect(height(embed)).to.equal('400px');
  });

  it('ignores a message from another origin, even naming the embed frame as its source', () => {
    const embed = frame({ src: embedPage.href });
    send(embed.contentWindow, { type: HEIGHT_MESSAGE, height: 900 }, 'https://attacker.example');
    send(embed.contentWindow, { type: HEIGHT_MESSAGE, height: 900 }, 'null');
    expect(height(embed)).to.equal('150px');
  });

  it('ignores a message from a frame that is not our embed page (another page, an ad, a page of the same name elsewhere)', () => {
    const embed = frame({ src: embedPage.href });
    const others = [
      frame({ src: new URL('/ads/frame.html', location.href).href }),
      frame({ src: new URL('/other/dist/embed.html', location.href).href }),
      frame({}),
    ];
    for (const other of others) send(other.contentWindow, { type: HEIGHT_MESSAGE, height: 5000 });
    expect(others.map(height)).to.deep.equal(['150px', '150px', '150px']);
    expect(height(embed)).to.equal('150px');
  });

  it('ignores a srcdoc frame, whose content is not the embed page whatever its src says', () => {
    const fake = frame({ src: embedPage.href, srcdoc: '<p>not the embed</p>' });
    send(fake.contentWindow, { type: HEIGHT_MESSAGE, height: 3000 });
    expect(height(fake)).to.equal('150px');
  });

  it('ignores a message from no window, or from this page itself', () => {
    const embed = frame({ src: embedPage.href });
    send(null, { type: HEIGHT_MESSAGE, height: 700 });
    send(window, { type: HEIGHT_MESSAGE, height: 700 });
    expect(height(embed)).to.equal('150px');
  });

  it('ignores heights that are not a number of pixels from 0 to 20,000, and other messages', () => {
    const embed = frame({ src: embedPage.href });
    for (const data of [
      { type: HEIGHT_MESSAGE, height: '700' },
      { type: HEIGHT_MESSAGE, height: -1 },
      { type: HEIGHT_MESSAGE, height: 20001 },
      { type: HEIGHT_MESSAGE, height: Number.NaN },
      { type: HEIGHT_MESSAGE, height: Number.POSITIVE_INFINITY },
      { type: 'resize', height: 700 },
      { height: 700 },
      null,
      'nhs-role-widgets:height',
      700,
    ]) {
      send(embed.contentWindow, data);
    }
    expect(height(embed)).to.equal('150px');
    send(embed.contentWindow, { type: HEIGHT_MESSAGE, height: 20000 });
    expect(height(embed)).to.equal('20000px');
  });

  it('stops listening when asked', () => {
    const embed = frame({ src: embedPage.href });
    stop();
    send(embed.contentWindow, { type: HEIGHT_MESSAGE, height: 640 });
    expect(height(embed)).to.equal('150px');
  });
});
