// Types for the `smpp` package (0.5.1, farhadi/node-smpp), which ships none. They describe
// what the library does, quirks included, so that callers see them in the signatures:
// - fields of a PDU are plain properties named as in the SMPP 3.4 specification;
// - `short_message` and `message_payload` are decoded by the library into `{ udh?, message }`
//   (message a string for GSM/IA5, Latin-1 and UCS-2, a raw Buffer for other data codings);
// - TLVs the library does not know are kept under their numeric tag while decoding and are
//   dropped when a PDU is encoded again;
// - a PDU built with a non-zero `command_status` is encoded with its header only.
declare module 'smpp' {
  import type { EventEmitter } from 'node:events';
  import type { Server as NetServer, Socket } from 'node:net';

  namespace smpp {
    type CommandName =
      | 'alert_notification'
      | 'bind_receiver' | 'bind_receiver_resp'
      | 'bind_transmitter' | 'bind_transmitter_resp'
      | 'bind_transceiver' | 'bind_transceiver_resp'
      | 'broadcast_sm' | 'broadcast_sm_resp'
      | 'cancel_broadcast_sm' | 'cancel_broadcast_sm_resp'
      | 'cancel_sm' | 'cancel_sm_resp'
      | 'data_sm' | 'data_sm_resp'
      | 'deliver_sm' | 'deliver_sm_resp'
      | 'enquire_link' | 'enquire_link_resp'
      | 'generic_nack'
      | 'outbind'
      | 'query_broadcast_sm' | 'query_broadcast_sm_resp'
      | 'query_sm' | 'query_sm_resp'
      | 'replace_sm' | 'replace_sm_resp'
      | 'submit_multi' | 'submit_multi_resp'
      | 'submit_sm' | 'submit_sm_resp'
      | 'unbind' | 'unbind_resp';

    /** What the library makes of `short_message` / `message_payload` when it decodes them. */
    interface DecodedMessage {
      udh?: Buffer[];
      message: string | Buffer;
    }

    /** Options of a new PDU: its fields and TLVs by name, plus the header's status and sequence. */
    interface PduOptions {
      command_status?: number;
      sequence_number?: number;
      [field: string]: unknown;
    }

    class PDU {
      /** Decodes a whole PDU (header included). Unknown command ids give `command: 'unknown'`. */
      constructor(buffer: Buffer);
      constructor(command: CommandName, options?: PduOptions);
      command: CommandName | 'unknown';
      command_length: number;
      command_id: number;
      command_status: number;
      sequence_number: number;
      [field: string]: unknown;
      isResponse(): boolean;
      /** The matching `_resp` (or `generic_nack` for an unknown command) with this PDU's sequence number. */
      response(options?: PduOptions): PDU;
      toBuffer(): Buffer;
      /** A PDU from a buffer holding at least one whole PDU, or false when it is shorter. */
      static fromBuffer(buffer: Buffer): PDU | false;
      /** Largest command_length accepted (16384 by default). */
      static maxLength: number;
    }

    type ResponseCallback = (pdu: PDU) => void;
    type Shortcut = (options?: PduOptions | ResponseCallback, responseCallback?: ResponseCallback, sendCallback?: ResponseCallback) => boolean;

    /**
     * One SMPP connection. Note: after an exception while decoding it emits 'error' and stops
     * reading the socket for good (its `_busy` flag stays set).
     */
    class Session extends EventEmitter {
      constructor(options: { socket?: Socket; host?: string; port?: number; tls?: boolean; auto_enquire_link_period?: number });
      socket: Socket;
      sequence: number;
      paused: boolean;
      server?: Server;
      connect(): void;
      send(pdu: PDU, responseCallback?: ResponseCallback, sendCallback?: ResponseCallback): boolean;
      pause(): void;
      resume(): void;
      close(callback?: () => void): void;
      destroy(callback?: () => void): void;
      bind_transceiver: Shortcut;
      bind_transmitter: Shortcut;
      bind_receiver: Shortcut;
      submit_sm: Shortcut;
      deliver_sm: Shortcut;
      enquire_link: Shortcut;
      unbind: Shortcut;
      generic_nack: Shortcut;
    }

    class Server extends NetServer {
      sessions: Session[];
    }

    interface Tlv { id: number; tag: string; multiple?: boolean }
    interface Command { id: number; command: CommandName; params?: Record<string, unknown> }

    const errors: Record<string, number>;
    const consts: {
      REGISTERED_DELIVERY: Record<string, number>;
      ESM_CLASS: Record<string, number>;
      MESSAGE_STATE: Record<string, number>;
      TON: Record<string, number>;
      NPI: Record<string, number>;
      ENCODING: Record<string, number>;
      NETWORK: Record<string, number>;
    };
    const commands: Record<CommandName, Command>;
    const commandsById: Record<number, Command>;
    const tlvs: Record<string, Tlv>;
    const tlvsById: Record<number, Tlv>;
    const encodings: Record<'ASCII' | 'LATIN1' | 'UCS2', { match(s: string): boolean; encode(s: string): Buffer; decode(b: Buffer): string }>;

    function createServer(options?: object, listener?: (session: Session) => void): Server;
    function connect(url: string | { url?: string; host?: string; port?: number; tls?: boolean; auto_enquire_link_period?: number }, listener?: () => void): Session;
    const createSession: typeof connect;
    function addCommand(command: string, options: { id: number; params?: Record<string, unknown> }): void;
    function addTLV(tag: string, options: { id: number; type: unknown; multiple?: boolean }): void;
  }

  export = smpp;
}
