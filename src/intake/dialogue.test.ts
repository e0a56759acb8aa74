import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitForSubmit } from '../smpp/index.js';
import { classifyInbound, formLink, replies } from './dialogue.js';

describe('what a text to 7726 means', () => {
  // [text, kind, number when there is one]
  const table: [string, string, string?][] = [
    ['090-1234-5678', 'sender', '09012345678'],
    ['０９０－１２３４－５６７８', 'sender', '09012345678'],
    ['+81 90 1234 5678', 'sender', '09012345678'],
    ['+819012345678。', 'sender', '09012345678'],
    ['送信元は080-1111-2222です', 'sender', '08011112222'],
    ['番号：070 3333 4444', 'sender', '07033334444'],
    ['From: +44 7700 900123', 'sender', '+447700900123'],
    ['0120-123-456', 'sender', '0120123456'],
    ['不明', 'no-sender'],
    ['不明です。', 'no-sender'],
    ['わかりません', 'no-sender'],
    ['Unknown', 'no-sender'],
    ["don't know", 'no-sender'],
    ['Call 0312345678', 'call', '0312345678'],
    ['call 03-1234-5678', 'call', '0312345678'],
    ['通話 03-1234-5678', 'call', '0312345678'],
    ['電話：０３－１２３４－５６７８', 'call', '0312345678'],
    ['', 'empty'],
    ['   ', 'empty'],
    // Forwarded lures: numbers and links inside other words are not answers.
    ['【佐川急便】不在の為持ち帰りました。090-1234-5678 http://x.example.top/a', 'forward'],
    ['電話 0120-111-222 までご連絡ください', 'forward'],
    ['Call 0312345678 now to claim your prize', 'forward'],
    ['お客様の口座が凍結されました 0120-111-222', 'forward'],
    ['12', 'forward'],
    ['090-1234', 'forward'],
    ['https://bit.ly/3abc', 'forward'],
    // Keywords, alone: never reports.
    ['STOP', 'stop'],
    ['stop', 'stop'],
    ['ＳＴＯＰ', 'stop'],
    ['ストップ', 'stop'],
    ['停止', 'stop'],
    ['配信停止', 'stop'],
    ['START', 'start'],
    ['開始', 'start'],
    ['HELP', 'help'],
    ['ヘルプ', 'help'],
    ['help.', 'help'],
    // …but a lure that says them among other words is a lure.
    ['アカウントを停止しました。確認はこちら https://x.example.top/', 'forward'],
    ['Reply STOP to claim your prize now', 'forward'],
  ];
  for (const [text, kind, number] of table) {
    it(`${JSON.stringify(text)} → ${kind}${number ? ` ${number}` : ''}`, () => {
      const got = classifyInbound(text);
      assert.equal(got.kind, kind);
      if (number) assert.equal('number' in got ? got.number.normalized : null, number);
    });
  }
});

describe('the link to the web form', () => {
  it('adds ?report=ID, or fills {id}', () => {
    assert.equal(formLink('http://127.0.0.1:8080/', 'R-AAAAA-BBBBB'), 'http://127.0.0.1:8080/?report=R-AAAAA-BBBBB');
    assert.equal(formLink('https://report.example.jp/?lang=ja', 'R-AAAAA-BBBBB'), 'https://report.example.jp/?lang=ja&report=R-AAAAA-BBBBB');
    assert.equal(formLink('https://report.example.jp/r/{id}', 'R-AAAAA-BBBBB'), 'https://report.example.jp/r/R-AAAAA-BBBBB');
  });
});

describe('the replies', () => {
  const id = 'R-AAAAA-BBBBB';
  const all: [string, string][] = [
    ['askSender', replies.askSender(id, null)], ['senderThanks', replies.senderThanks(id)], ['senderAlreadyGiven', replies.senderAlreadyGiven(id)],
    ['noSenderThanks', replies.noSenderThanks(id)], ['callThanks', replies.callThanks(id)], ['nothingOpen', replies.nothingOpen()],
    ['help', replies.help()], ['stopped', replies.stopped()], ['started', replies.started()], ['overCap', replies.overCap()],
  ];
  for (const [name, text] of all) {
    it(`${name}: one SMS part (70 UCS-2 characters), no link`, () => {
      const split = splitForSubmit(text, { scheme: 'udh8', reference: 1 });
      assert.ok(split.ok);
      assert.equal(split.parts.length, 1, `${text.length} characters`);
      assert.doesNotMatch(text, /https?:|www\./);
    });
  }
  it('the ask-back carries the form link only when asked to', () => {
    assert.match(replies.askSender(id, 'https://report.example.jp/?report=R-AAAAA-BBBBB'), /https:\/\/report\.example\.jp/);
  });
});
