// SMPP 3.4 command_status values this platform sends or acts on (specification §5.1.3).
// Names as in the specification, so that an SMSC operator can look them up.
export const Status = {
  ESME_ROK: 0x00,
  ESME_RINVMSGLEN: 0x01,
  ESME_RINVCMDLEN: 0x02,
  ESME_RINVCMDID: 0x03,
  ESME_RINVBNDSTS: 0x04,
  ESME_RALYBND: 0x05,
  ESME_RSYSERR: 0x08,
  ESME_RINVSRCADR: 0x0a,
  ESME_RINVDSTADR: 0x0b,
  ESME_RINVMSGID: 0x0c,
  ESME_RBINDFAIL: 0x0d,
  ESME_RINVPASWD: 0x0e,
  ESME_RINVSYSID: 0x0f,
  ESME_RMSGQFUL: 0x14,
  ESME_RCANCELFAIL: 0x11,
  ESME_RREPLACEFAIL: 0x13,
  ESME_RTHROTTLED: 0x58,
  ESME_RX_T_APPN: 0x64,
  ESME_RX_P_APPN: 0x65,
  ESME_RX_R_APPN: 0x66,
  ESME_RINVTLVSTREAM: 0xc0,
  ESME_RUNKNOWNERR: 0xff,
} as const;

export type StatusName = keyof typeof Status;

const NAMES = new Map<number, StatusName>(Object.entries(Status).map(([k, v]) => [v, k as StatusName]));

/** `ESME_RINVPASWD (0x0E)` for logs and error messages; unknown values in hex. */
export function describeStatus(status: number): string {
  const hex = `0x${status.toString(16).toUpperCase().padStart(2, '0')}`;
  const name = NAMES.get(status);
  return name ? `${name} (${hex})` : hex;
}

/** Bind failures that another attempt with the same credentials cannot cure. */
export function isPermanentBindFailure(status: number): boolean {
  return status === Status.ESME_RINVPASWD || status === Status.ESME_RINVSYSID;
}

/** Failures worth another attempt after a pause: flow control and temporary errors. */
export function isTemporaryFailure(status: number): boolean {
  return status === Status.ESME_RTHROTTLED || status === Status.ESME_RMSGQFUL || status === Status.ESME_RX_T_APPN || status === Status.ESME_RSYSERR;
}
