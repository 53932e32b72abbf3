package org.paygrid.console.merchant;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.paygrid.merchant.boundary.MerchantPage;
import org.paygrid.merchant.boundary.Merchants;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The merchants screen: a lazily paged table, newest first, searchable by name. */
@Named
@ViewScoped
public class MerchantList implements Serializable {

    @EJB
    Merchants merchants;

    private String nameQuery;

    private final LazyDataModel<MerchantRow> rows = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) merchants.search(nameQuery, 0, 1).total();
        }

        @Override
        public List<MerchantRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            MerchantPage page = merchants.search(nameQuery, first, pageSize);
            setRowCount((int) page.total());
            return page.merchants().stream().map(MerchantRow::of).toList();
        }

        @Override
        public String getRowKey(MerchantRow row) {
            return row.id();
        }
    };

    public LazyDataModel<MerchantRow> getRows() {
        return rows;
    }

    public String getNameQuery() {
        return nameQuery;
    }

    public void setNameQuery(String nameQuery) {
        this.nameQuery = nameQuery;
    }
}
