// What the shop sells. Prices live on the server: the browser names a product, never an amount.
export const products = [
  { id: "hangul-reader", name: "The Hangul Reader (paperback)", price: 15000,
    blurb: "Learn to read Korean in an afternoon: 120 pages, exercises and answers." },
  { id: "jeju-tea", name: "Jeju green tea, 40 bags", price: 23000,
    blurb: "Grown on the slopes of Hallasan; a calm cup for a long integration day." },
  { id: "api-mug", name: "Paygrid mug", price: 9900,
    blurb: "Holds 350 ml of coffee and one idempotency key." },
];

export function product(id) {
  return products.find((each) => each.id === id);
}
