/*
 * Paygrid JS SDK v1: open the hosted payment window from a merchant's checkout page.
 *
 *   <script src="https://<paygrid host>/sdk/v1/paygrid.js"></script>
 *   <script>
 *     const paygrid = Paygrid('ck_test_...');
 *     paygrid.requestPayment({ orderId: 'order-1', orderName: 'Books', amount: 15000,
 *                              successUrl: 'https://shop.example/success', failUrl: 'https://shop.example/fail' })
 *            .catch(error => alert(error.message));   // only errors before the window opens land here
 *   </script>
 *
 * The client key may only create payments. After paying, the customer returns to successUrl with
 * paymentKey, orderId and amount; the merchant's server then confirms with its secret key.
 */
(function (global) {
  'use strict';
  var script = document.currentScript;
  var origin = script ? new URL(script.src).origin : global.location.origin;

  function Paygrid(clientKey) {
    if (!/^ck_(test|live)_[A-Za-z0-9]{24,}$/.test(clientKey || '')) {
      throw new Error('Paygrid: a client key (ck_test_... or ck_live_...) is required');
    }
    return {
      requestPayment: function (payment) {
        return fetch(origin + '/v1/payments', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Authorization': 'Basic ' + btoa(clientKey + ':') },
          body: JSON.stringify(payment)
        }).then(function (response) {
          return response.json().then(function (body) {
            if (!response.ok) {
              var error = new Error(body.message || 'payment request failed');
              error.code = body.code;
              throw error;
            }
            global.location.assign(body.checkoutUrl);
            return body;
          });
        });
      }
    };
  }

  global.Paygrid = Paygrid;
})(window);
