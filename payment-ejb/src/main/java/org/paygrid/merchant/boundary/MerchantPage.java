package org.paygrid.merchant.boundary;

import java.util.List;
import org.paygrid.merchant.entity.Merchant;

/** One page of a merchant search and the total number of matches. */
public record MerchantPage(List<Merchant> merchants, long total) {
}
