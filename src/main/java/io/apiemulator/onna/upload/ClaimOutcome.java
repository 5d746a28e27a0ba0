package io.apiemulator.onna.upload;

/**
 * What an attempt to claim an upload came to. The book only reports it; the controller answers it in the
 * protocol's terms (409 with the offset, 423, 404).
 *
 * @param claim the claim when {@link Result#CLAIMED}
 * @param offset the upload's committed offset when {@link Result#OFFSET_MISMATCH}
 */
record ClaimOutcome(Result result, Claim claim, long offset) {

    enum Result {
        CLAIMED,
        /** The upload's committed offset is not the one the request writes at. */
        OFFSET_MISMATCH,
        /** Another request holds the upload. */
        LOCKED,
        /** There is no upload (never created, terminated or expired). */
        GONE
    }

    static final ClaimOutcome LOCKED = new ClaimOutcome(Result.LOCKED, null, -1);
    static final ClaimOutcome GONE = new ClaimOutcome(Result.GONE, null, -1);

    static ClaimOutcome claimed(Claim claim) {
        return new ClaimOutcome(Result.CLAIMED, claim, claim.upload().offset());
    }

    static ClaimOutcome offsetMismatch(long offset) {
        return new ClaimOutcome(Result.OFFSET_MISMATCH, null, offset);
    }
}
