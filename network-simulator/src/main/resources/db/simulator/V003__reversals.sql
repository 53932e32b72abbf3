-- A reversal (망취소) of an attempt the network has not received is booked under the attempt's reference with
-- status REVERSED, so that the attempt, if it arrives later, finds its reference taken and is refused: one unique key
-- decides which came first. A reversal knows the reference and the amount, not the card or the customer.
ALTER TABLE sim_card_authorization
    MODIFY card_bin      CHAR(6)    NULL,
    MODIFY card_last4    CHAR(4)    NULL,
    MODIFY issuer_code   VARCHAR(4) NULL,
    MODIFY acquirer_code VARCHAR(4) NULL,
    MODIFY card_type     VARCHAR(8) NULL;

ALTER TABLE sim_provider_payment
    MODIFY provider    VARCHAR(20) NULL,
    MODIFY customer_id VARCHAR(40) NULL;
