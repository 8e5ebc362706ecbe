import type { Glyph } from './product-art.js';

/** The demo shop's data: its category tree, its sellers and what each of them sells (`demo.ts` writes it). */

export type DemoCategory = { name: string; slug: string; children: { name: string; slug: string }[] };
export type DemoVariant = { sku: string; options: Record<string, string>; priceCents: number; stock: number };
export type DemoProduct = { name: string; category: string; glyph: Glyph; description: string; variants: DemoVariant[] };
export type DemoSellerAccount = { email: string; fullName: string; phone: string; business: { name: string; taxId: string } };
/** A seller's catalog: the top-level categories it brings (with their sub-categories) and its products. */
export type DemoShop = { sellerEmail: string; departments: string[]; products: DemoProduct[] };

export const demoCategories: DemoCategory[] = [
  {
    name: 'Electronics',
    slug: 'electronics',
    children: [
      { name: 'Audio', slug: 'audio' },
      { name: 'Computer accessories', slug: 'computer-accessories' },
      { name: 'Phones & tablets', slug: 'phones-tablets' },
      { name: 'Cameras', slug: 'cameras' },
      { name: 'Wearables', slug: 'wearables' },
    ],
  },
  {
    name: 'Home & Kitchen',
    slug: 'home-kitchen',
    children: [
      { name: 'Lighting', slug: 'lighting' },
      { name: 'Cookware', slug: 'cookware' },
      { name: 'Tableware', slug: 'tableware' },
      { name: 'Furniture', slug: 'furniture' },
      { name: 'Decor & plants', slug: 'decor' },
    ],
  },
  {
    name: 'Clothing',
    slug: 'clothing',
    children: [
      { name: 'T-shirts', slug: 't-shirts' },
      { name: 'Outerwear', slug: 'outerwear' },
      { name: 'Shoes', slug: 'shoes' },
      { name: 'Knitwear', slug: 'knitwear' },
      { name: 'Hats & accessories', slug: 'hats-accessories' },
    ],
  },
  {
    name: 'Outdoors',
    slug: 'outdoors',
    children: [
      { name: 'Camping', slug: 'camping' },
      { name: 'Cycling', slug: 'cycling' },
      { name: 'Hiking', slug: 'hiking' },
    ],
  },
  {
    name: 'Sports',
    slug: 'sports',
    children: [
      { name: 'Fitness', slug: 'fitness' },
      { name: 'Ball & racket sports', slug: 'ball-sports' },
      { name: 'Yoga', slug: 'yoga' },
    ],
  },
  {
    name: 'Books',
    slug: 'books',
    children: [
      { name: 'Fiction', slug: 'fiction' },
      { name: 'Non-fiction', slug: 'non-fiction' },
      { name: 'Children’s books', slug: 'childrens-books' },
      { name: 'Cookbooks', slug: 'cookbooks' },
    ],
  },
  {
    name: 'Toys & games',
    slug: 'toys-games',
    children: [
      { name: 'Board games', slug: 'board-games' },
      { name: 'Building toys', slug: 'building-toys' },
      { name: 'Puzzles', slug: 'puzzles' },
    ],
  },
  {
    name: 'Beauty',
    slug: 'beauty',
    children: [
      { name: 'Skincare', slug: 'skincare' },
      { name: 'Makeup', slug: 'makeup' },
      { name: 'Hair care', slug: 'hair-care' },
    ],
  },
];

/** One price for every variant, or one per value of an option (a format, a capacity), found among each variant's values. */
type Price = number | Record<string, number>;

const skuPart = (value: string) => value.toUpperCase().replace(/[^A-Z0-9]+/g, '');

function priceOf(price: Price, values: string[], sku: string): number {
  if (typeof price === 'number') return price;
  const priced = values.find((value) => value in price);
  if (priced === undefined) throw new Error(`demo variant ${sku} has no price`);
  return price[priced] as number;
}

/**
 * Every combination of the options' values in the seller's order (the first option changes
 * slowest), each a variant whose SKU is the prefix and its values; `stock` is read in the same
 * order, and starts again from its beginning when it is shorter. No options make one variant.
 */
function variants(skuPrefix: string, options: Record<string, readonly string[]>, price: Price, stock: readonly number[]): DemoVariant[] {
  const combinations = Object.entries(options).reduce<Record<string, string>[]>(
    (partial, [name, values]) => partial.flatMap((chosen) => values.map((value) => ({ ...chosen, [name]: value }))),
    [{}],
  );
  return combinations.map((chosen, index) => {
    const sku = [skuPrefix, ...Object.values(chosen).map(skuPart)].join('-');
    return { sku, options: chosen, priceCents: priceOf(price, Object.values(chosen), sku), stock: stock[index % stock.length] as number };
  });
}

const SIZES = ['S', 'M', 'L', 'XL'];
const WIDE_SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];
const SHOE_SIZES = ['38', '39', '40', '41', '42', '43', '44', '45', '46'];
const PHONE_MODELS = ['Aster 6', 'Aster 6 Pro', 'Nova S'];

// Northwind Goods, the demo seller's shop: electronics, home and kitchen.

const audio: DemoProduct[] = [
  { name: 'Pocket Earbuds', category: 'audio', glyph: 'headphones', description: 'Tiny true-wireless earbuds with a charging case that slips into any pocket. Sweat-resistant, with six hours of music per charge.', variants: variants('EB-POCKET', { Colour: ['Graphite', 'Chalk'] }, 5900, [40, 12]) },
  { name: 'Pulse Sport Earbuds', category: 'audio', glyph: 'headphones', description: 'Wireless earbuds with ear hooks that stay put on a run, IPX5 waterproof against rain and sweat.', variants: variants('EB-PULSE', { Colour: ['Black', 'Lime'] }, 7900, [18, 4]) },
  { name: 'Harbor Bluetooth Speaker', category: 'audio', glyph: 'speaker', description: 'A portable Bluetooth speaker with deep bass and 16 hours of play. Waterproof enough for the beach or the shower.', variants: variants('SPK-HARBOR', { Colour: ['Navy', 'Coral', 'Stone'] }, 6900, [22, 9, 0]) },
  { name: 'Mini Cube Speaker', category: 'audio', glyph: 'speaker', description: 'A palm-sized wireless speaker with a lanyard loop; pair two for stereo sound.', variants: variants('SPK-CUBE', { Colour: ['Black', 'Mint', 'Sunflower'] }, 2900, [35, 14, 6]) },
  { name: 'Cinema Soundbar', category: 'audio', glyph: 'speaker', description: 'A slim 2.1 soundbar with a wireless subwoofer, HDMI ARC and a night mode that keeps dialogue clear at low volume.', variants: variants('SPK-CINEMA', {}, 24900, [7]) },
  { name: 'Bookshelf Speakers (pair)', category: 'audio', glyph: 'speaker', description: 'Powered bookshelf speakers in a walnut veneer cabinet, with Bluetooth, an optical input and a phono stage for your turntable.', variants: variants('SPK-SHELF', { Finish: ['Walnut', 'Black ash'] }, 21900, [5, 11]) },
  { name: 'Kids’ Volume-Limited Headphones', category: 'audio', glyph: 'headphones', description: 'Lightweight wired headphones capped at 85 dB to protect young ears, with a cable that comes away safely if tugged.', variants: variants('HP-KIDS', { Colour: ['Sky blue', 'Pink', 'Green'] }, 2400, [30, 26, 2]) },
  { name: 'Podcast USB Microphone', category: 'audio', glyph: 'microphone', description: 'A cardioid USB microphone with a headphone jack for zero-latency monitoring — plug it in and start recording.', variants: variants('MIC-PODCAST', {}, 9900, [13]) },
  { name: 'Open-Ear Bone Conduction Headphones', category: 'audio', glyph: 'headphones', description: 'Bone conduction headphones that leave your ears open to traffic, ideal for cycling and running.', variants: variants('HP-OPENEAR', { Colour: ['Slate grey', 'Red'] }, 10900, [9, 0]) },
];

const computerAccessories: DemoProduct[] = [
  { name: 'Mechanical Keyboard', category: 'computer-accessories', glyph: 'keyboard', description: 'A hot-swappable mechanical keyboard with tactile switches, a solid aluminium case and USB-C.', variants: variants('KB-MECH', { Layout: ['Tenkeyless', 'Full size'] }, { Tenkeyless: 11900, 'Full size': 12900 }, [12, 6]) },
  { name: 'Low-Profile Wireless Keyboard', category: 'computer-accessories', glyph: 'keyboard', description: 'A quiet, slim wireless keyboard that pairs with three devices and runs for months on one charge.', variants: variants('KB-SLIM', { Colour: ['Space grey', 'White'] }, 6900, [20, 15]) },
  { name: 'Silent Wireless Mouse', category: 'computer-accessories', glyph: 'mouse', description: 'A wireless mouse with silent clicks and a USB receiver that stows inside. Works on glass and gloss.', variants: variants('MOUSE-SILENT', { Colour: ['Black', 'Rose', 'Grey'] }, 2900, [44, 10, 3]) },
  { name: 'Ergonomic Vertical Mouse', category: 'computer-accessories', glyph: 'mouse', description: 'A vertical mouse that keeps your wrist in a natural handshake position, kinder on long workdays.', variants: variants('MOUSE-VERT', { Hand: ['Right-handed', 'Left-handed'] }, 4900, [16, 4]) },
  { name: 'Aluminium Laptop Stand', category: 'computer-accessories', glyph: 'laptop', description: 'Raises your laptop screen to eye level and folds flat for your bag. Fits 11- to 16-inch laptops.', variants: variants('STAND-ALU', { Colour: ['Silver', 'Space grey'] }, 3900, [28, 17]) },
  { name: '7-in-1 USB-C Hub', category: 'computer-accessories', glyph: 'laptop', description: 'Adds 4K HDMI, two USB-A ports, an SD card reader and 100 W pass-through charging to any USB-C laptop.', variants: variants('HUB-7IN1', {}, 4500, [33]) },
  { name: 'Full HD Webcam', category: 'computer-accessories', glyph: 'camera', description: 'A 1080p webcam with autofocus, a privacy shutter and two microphones for clearer video calls.', variants: variants('CAM-WEB', {}, 5900, [3]) },
  { name: 'Wool Felt Desk Mat', category: 'computer-accessories', glyph: 'keyboard', description: 'A thick wool felt desk mat that quietens your keyboard and keeps the mouse gliding.', variants: variants('MAT-FELT', { Colour: ['Charcoal', 'Oatmeal'], Size: ['Medium', 'Large'] }, { Medium: 3200, Large: 4200 }, [14, 8, 0, 5]) },
  { name: 'Padded Laptop Sleeve', category: 'computer-accessories', glyph: 'laptop', description: 'A padded neoprene sleeve with a zipped pocket for the charger: water-resistant outside, soft fleece inside.', variants: variants('SLEEVE', { Colour: ['Black', 'Olive'], Size: ['13 inch', '15 inch'] }, { '13 inch': 2500, '15 inch': 2900 }, [21, 12, 9, 0]) },
  { name: 'Portable SSD', category: 'computer-accessories', glyph: 'laptop', description: 'A pocket-sized USB-C portable SSD that reads at up to 1,050 MB/s and survives a two-metre drop.', variants: variants('SSD-PORT', { Capacity: ['500 GB', '1 TB', '2 TB'] }, { '500 GB': 6900, '1 TB': 9900, '2 TB': 15900 }, [15, 22, 4]) },
  { name: 'Braided USB-C Cable', category: 'computer-accessories', glyph: 'phone', description: 'A tough braided USB-C to USB-C cable rated for 100 W charging and 10,000 bends.', variants: variants('CABLE-C', { Length: ['1 m', '2 m'] }, { '1 m': 1200, '2 m': 1500 }, [60, 41]) },
  { name: 'Monitor Light Bar', category: 'computer-accessories', glyph: 'lamp', description: 'Sits on top of your monitor and lights the desk without glare on the screen. Dimmable, with a warm-to-cool dial.', variants: variants('LIGHT-BAR', {}, 5400, [0]) },
];

const phonesAndTablets: DemoProduct[] = [
  { name: 'Aster Tab 11', category: 'phones-tablets', glyph: 'tablet', description: 'An 11-inch tablet with a sharp 2K screen and four speakers, made for films, reading and video calls.', variants: variants('TAB-ASTER11', { Colour: ['Grey', 'Silver'], Storage: ['64 GB', '128 GB'] }, { '64 GB': 29900, '128 GB': 34900 }, [10, 7, 5, 3]) },
  { name: 'Clear Shockproof Phone Case', category: 'phones-tablets', glyph: 'phone', description: 'A slim clear case with air-cushioned corners that survives a two-metre drop and won’t turn yellow.', variants: variants('CASE-CLEAR', { Model: PHONE_MODELS }, 1900, [50, 32, 8]) },
  { name: 'Leather Phone Wallet Case', category: 'phones-tablets', glyph: 'phone', description: 'A full-grain leather folio case with three card slots and a magnetic clasp.', variants: variants('CASE-WALLET', { Colour: ['Tan', 'Black'], Model: ['Aster 6', 'Aster 6 Pro'] }, 3900, [12, 5, 9, 0]) },
  { name: 'Tempered Glass Screen Protector (2-pack)', category: 'phones-tablets', glyph: 'phone', description: 'Two 9H tempered glass screen protectors with an alignment frame for bubble-free fitting.', variants: variants('GLASS-GUARD', { Model: PHONE_MODELS }, 1400, [70, 45, 20]) },
  { name: '15 W Wireless Charger', category: 'phones-tablets', glyph: 'phone', description: 'A non-slip wireless charging pad for phones and earbuds, with a soft light that dims at night.', variants: variants('CHARGER-QI', { Colour: ['Black', 'White'] }, 2900, [31, 24]) },
  { name: 'Slim Power Bank', category: 'phones-tablets', glyph: 'phone', description: 'A slim power bank with USB-C power delivery, fast enough to top up a laptop as well as a phone.', variants: variants('POWERBANK', { Capacity: ['10,000 mAh', '20,000 mAh'] }, { '10,000 mAh': 2900, '20,000 mAh': 4900 }, [26, 3]) },
  { name: 'Magnetic Car Mount', category: 'phones-tablets', glyph: 'phone', description: 'Holds your phone firmly on the air vent with strong magnets: one hand to place it, one to take it off.', variants: variants('MOUNT-CAR', {}, 1900, [40]) },
  { name: 'Tablet Folio Keyboard Case', category: 'phones-tablets', glyph: 'tablet', description: 'A folio case for the Aster Tab 11 with a detachable backlit keyboard and a built-in stand.', variants: variants('FOLIO-TAB11', { Colour: ['Charcoal', 'Navy'] }, 7900, [8, 1]) },
  { name: 'Precision Stylus Pen', category: 'phones-tablets', glyph: 'tablet', description: 'A rechargeable stylus with a fine 1.5 mm tip and palm rejection, for notes and sketches.', variants: variants('STYLUS', {}, 3500, [0]) },
];

const cameras: DemoProduct[] = [
  { name: '4K Action Camera', category: 'cameras', glyph: 'camera', description: 'A waterproof 4K action camera with image stabilisation and mounts for helmets and handlebars.', variants: variants('CAM-ACTION', {}, 19900, [9]) },
  { name: 'Compact Travel Camera', category: 'cameras', glyph: 'camera', description: 'A pocketable 20 MP camera with a 10× optical zoom, made for city breaks and family days out.', variants: variants('CAM-TRAVEL', { Colour: ['Black', 'Silver'] }, 34900, [4, 2]) },
  { name: 'Carbon Fibre Travel Tripod', category: 'cameras', glyph: 'camera', description: 'Folds to 40 cm and weighs 1.2 kg, yet holds a full-frame camera steady at 150 cm.', variants: variants('TRIPOD-CF', {}, 12900, [7]) },
  { name: 'Canvas Camera Bag', category: 'cameras', glyph: 'backpack', description: 'A waxed canvas shoulder bag with padded, movable dividers for a camera body and two lenses.', variants: variants('BAG-CAMERA', { Colour: ['Olive', 'Khaki', 'Black'] }, 8900, [6, 10, 3]) },
  { name: 'microSD Memory Card', category: 'cameras', glyph: 'camera', description: 'A fast V30 microSD card for 4K video, with an SD adapter in the box.', variants: variants('MICROSD', { Capacity: ['64 GB', '128 GB', '256 GB'] }, { '64 GB': 1200, '128 GB': 1900, '256 GB': 3400 }, [80, 55, 12]) },
  { name: 'Lens Cleaning Kit', category: 'cameras', glyph: 'camera', description: 'A blower, a soft brush, microfibre cloths and cleaning fluid in a zipped case. Safe on coated lenses and screens.', variants: variants('LENS-KIT', {}, 1500, [38]) },
];

const wearables: DemoProduct[] = [
  { name: 'Stride Fitness Tracker', category: 'wearables', glyph: 'watch', description: 'Counts steps, tracks heart rate and sleep, and lasts ten days between charges. Water-resistant to 50 m.', variants: variants('TRACKER-STRIDE', { Colour: ['Black', 'Lavender', 'Teal'], Size: ['S/M', 'M/L'] }, 6900, [20, 13, 0, 7, 5, 9]) },
  { name: 'Trail GPS Running Watch', category: 'wearables', glyph: 'watch', description: 'Dual-band GPS, breadcrumb navigation and up to 40 hours of battery in GPS mode for long days on the trail.', variants: variants('WATCH-TRAIL', {}, 32900, [5]) },
  { name: 'Kids’ Smartwatch', category: 'wearables', glyph: 'watch', description: 'A tough smartwatch for kids with a step counter, timers and a school-time mode — no social media, no app store.', variants: variants('WATCH-KIDS', { Colour: ['Blue', 'Purple'] }, 5900, [15, 1]) },
  { name: 'Silicone Sport Watch Band', category: 'wearables', glyph: 'watch', description: 'A soft, breathable silicone band with a pin-and-tuck clasp, for 41 mm and 45 mm Orbit watches.', variants: variants('BAND-SPORT', { Colour: ['Black', 'White', 'Orange', 'Navy'], Size: ['41 mm', '45 mm'] }, 1900, [30, 22, 18, 9, 0, 4, 25, 11]) },
  { name: 'Sleep Headphones Headband', category: 'wearables', glyph: 'headphones', description: 'A soft headband with flat speakers inside, for falling asleep to podcasts or white noise.', variants: variants('HEADBAND-SLEEP', { Colour: ['Grey', 'Navy'] }, 2900, [19, 0]) },
  { name: 'Heart Rate Chest Strap', category: 'wearables', glyph: 'watch', description: 'An accurate chest strap heart rate monitor that pairs over Bluetooth and ANT+ with watches and gym machines.', variants: variants('HRM-STRAP', {}, 4900, [12]) },
];

const lighting: DemoProduct[] = [
  { name: 'Linen Shade Floor Lamp', category: 'lighting', glyph: 'lamp', description: 'A tall floor lamp with an oak stem and a natural linen shade that gives a soft, warm glow.', variants: variants('LAMP-FLOOR', {}, 12900, [6]) },
  { name: 'Rattan Pendant Light', category: 'lighting', glyph: 'lamp', description: 'A hand-woven rattan pendant that throws patterned light across the room, on a 1.5 m adjustable cord.', variants: variants('PENDANT-RATTAN', { Size: ['40 cm', '55 cm'] }, { '40 cm': 8900, '55 cm': 11900 }, [4, 7]) },
  { name: 'Warm White Fairy Lights', category: 'lighting', glyph: 'candle', description: 'Tiny LEDs on a copper wire with a timer and eight modes, powered by USB or batteries.', variants: variants('FAIRY', { Length: ['5 m', '10 m'] }, { '5 m': 1400, '10 m': 1900 }, [48, 36]) },
  { name: 'Mushroom Bedside Lamp', category: 'lighting', glyph: 'lamp', description: 'A glazed ceramic bedside lamp with a touch dimmer hidden in the base.', variants: variants('LAMP-MUSHROOM', { Colour: ['Cream', 'Terracotta', 'Sage'] }, 4900, [12, 3, 8]) },
  { name: 'Smart LED Bulbs (4-pack)', category: 'lighting', glyph: 'lamp', description: 'Wi-Fi light bulbs with millions of colours and schedules set from the app; no hub needed.', variants: variants('BULB-SMART4', {}, 3900, [25]) },
  { name: 'Rechargeable Table Lamp', category: 'lighting', glyph: 'lamp', description: 'A cordless aluminium table lamp with three brightness levels. Take it from the dinner table to the balcony.', variants: variants('LAMP-CORDLESS', { Colour: ['Black', 'White', 'Olive'] }, 5900, [10, 0, 5]) },
  { name: 'Clip-On Reading Light', category: 'lighting', glyph: 'lamp', description: 'A flexible clip-on book light with warm amber LEDs that won’t keep your partner awake.', variants: variants('LIGHT-CLIP', {}, 1600, [55]) },
];

const cookware: DemoProduct[] = [
  { name: 'Cast Iron Skillet', category: 'cookware', glyph: 'pan', description: 'A pre-seasoned cast iron skillet that goes from hob to oven to campfire and gets better with every use.', variants: variants('SKILLET-CI', { Size: ['20 cm', '26 cm', '30 cm'] }, { '20 cm': 2900, '26 cm': 3900, '30 cm': 4900 }, [18, 25, 7]) },
  { name: 'Non-Stick Frying Pan', category: 'cookware', glyph: 'pan', description: 'A PFAS-free ceramic non-stick frying pan with a cool-touch handle, ready for induction.', variants: variants('PAN-NONSTICK', { Size: ['24 cm', '28 cm'] }, { '24 cm': 3400, '28 cm': 3900 }, [22, 14]) },
  { name: 'Stainless Steel Saucepan Set', category: 'cookware', glyph: 'pan', description: 'Three tri-ply stainless steel saucepans with glass lids that heat evenly on every hob, induction included.', variants: variants('SAUCEPAN-SET', {}, 11900, [5]) },
  { name: 'Carbon Steel Wok', category: 'cookware', glyph: 'pan', description: 'A flat-bottomed carbon steel wok with a wooden handle, for a proper smoky stir-fry at home.', variants: variants('WOK-CS', {}, 3900, [16]) },
  { name: 'Stock Pot with Lid', category: 'cookware', glyph: 'pan', description: 'An 8-litre stainless steel stock pot for soups, pasta and batch cooking.', variants: variants('POT-STOCK', {}, 4900, [9]) },
  { name: 'Chef’s Knife', category: 'cookware', glyph: 'knife', description: 'A 20 cm German steel chef’s knife, balanced and sharp out of the box, with a riveted pakkawood handle.', variants: variants('KNIFE-CHEF', {}, 6900, [11]) },
  { name: 'Bamboo Cutting Board Set', category: 'cookware', glyph: 'knife', description: 'Three bamboo chopping boards with juice grooves, sized for bread, vegetables and the Sunday roast.', variants: variants('BOARD-BAMBOO', {}, 2900, [27]) },
  { name: 'Stovetop Kettle', category: 'cookware', glyph: 'kettle', description: 'A 2.2-litre whistling kettle in stainless steel for gas, electric and induction hobs.', variants: variants('KETTLE-STOVE', { Colour: ['Steel', 'Matte black', 'Red'] }, 3900, [14, 8, 0]) },
  { name: 'Non-Stick Baking Tray Set', category: 'cookware', glyph: 'pan', description: 'Three heavy-gauge baking trays that won’t warp in a hot oven. Dishwasher safe.', variants: variants('TRAY-BAKE', {}, 2400, [33]) },
];

const tableware: DemoProduct[] = [
  { name: 'Speckled Dinner Plates (set of 4)', category: 'tableware', glyph: 'bowl', description: 'Stoneware dinner plates with a speckled glaze, 27 cm across, safe in the oven, microwave and dishwasher.', variants: variants('PLATES-SPECK', { Colour: ['Oat', 'Charcoal'] }, 4400, [12, 7]) },
  { name: 'Ramen Bowls (set of 2)', category: 'tableware', glyph: 'bowl', description: 'Deep ceramic bowls with matching chopsticks and spoons, for ramen, pho and generous salads.', variants: variants('BOWLS-RAMEN', {}, 3200, [16]) },
  { name: 'Ribbed Glass Tumblers (set of 6)', category: 'tableware', glyph: 'glass', description: 'Ribbed 300 ml tumblers in tempered glass for water, juice or an iced coffee.', variants: variants('TUMBLERS-RIB', {}, 2600, [24]) },
  { name: 'Cast Iron Teapot', category: 'tableware', glyph: 'kettle', description: 'A Japanese-style cast iron teapot with a stainless steel infuser; it keeps a pot of tea hot through breakfast.', variants: variants('TEAPOT-CI', { Colour: ['Black', 'Jade'] }, 4900, [6, 2]) },
  { name: 'Double-Walled Espresso Cups', category: 'tableware', glyph: 'glass', description: 'Two 80 ml double-walled glass cups that keep espresso hot and your fingers cool.', variants: variants('CUPS-ESPRESSO', {}, 1900, [35]) },
  { name: 'Brushed Cutlery Set (24 pieces)', category: 'tableware', glyph: 'knife', description: 'Stainless steel cutlery for six with a soft brushed finish that hides fingerprints.', variants: variants('CUTLERY-24', { Finish: ['Gold', 'Silver', 'Black'] }, 8900, [5, 13, 0]) },
  { name: 'Linen Napkins (set of 4)', category: 'tableware', glyph: 'bowl', description: 'Stonewashed linen napkins, 45 × 45 cm, that get softer with every wash.', variants: variants('NAPKINS-LINEN', { Colour: ['Natural', 'Sage', 'Terracotta', 'Navy'] }, 2400, [18, 9, 4, 11]) },
];

const furniture: DemoProduct[] = [
  { name: 'Oak Dining Chair', category: 'furniture', glyph: 'chair', description: 'A solid oak dining chair with a curved back and a seat that stays comfortable through a long dinner.', variants: variants('CHAIR-OAK', { Finish: ['Natural oak', 'Smoked oak'] }, 14900, [8, 4]) },
  { name: 'Velvet Armchair', category: 'furniture', glyph: 'sofa', description: 'A cosy velvet armchair with a high back and solid beech legs.', variants: variants('ARMCHAIR-VELVET', { Colour: ['Mustard', 'Teal', 'Blush'] }, 34900, [4, 6, 1]) },
  { name: 'Ladder Bookshelf', category: 'furniture', glyph: 'shelf', description: 'A five-tier ladder bookshelf in solid pine that leans against the wall; no tools needed.', variants: variants('SHELF-LADDER', { Colour: ['White', 'Walnut'] }, 12900, [7, 5]) },
  { name: 'Marble Side Table', category: 'furniture', glyph: 'table', description: 'A round marble-topped side table on a powder-coated steel base, just right beside a sofa or a bed.', variants: variants('TABLE-MARBLE', { Colour: ['White marble', 'Green marble'] }, 11900, [6, 3]) },
  { name: 'Electric Standing Desk', category: 'furniture', glyph: 'table', description: 'A sit-stand desk with a quiet dual motor and four height presets, for a healthier working day.', variants: variants('DESK-STAND', { Colour: ['Oak', 'White'], Size: ['120 × 60 cm', '140 × 70 cm'] }, { '120 × 60 cm': 39900, '140 × 70 cm': 44900 }, [5, 3, 4, 0]) },
  { name: 'Counter Bar Stool', category: 'furniture', glyph: 'chair', description: 'A 65 cm bar stool with a footrest and a faux-leather seat that wipes clean.', variants: variants('STOOL-BAR', { Colour: ['Black', 'Tan'] }, 7900, [14, 9]) },
  { name: 'Hallway Storage Bench', category: 'furniture', glyph: 'table', description: 'A slatted oak bench with a shoe shelf underneath, for a tidier hallway.', variants: variants('BENCH-HALL', {}, 15900, [4]) },
  { name: 'Mesh Office Chair', category: 'furniture', glyph: 'chair', description: 'An ergonomic office chair with adjustable lumbar support, 4D armrests and a breathable mesh back.', variants: variants('CHAIR-MESH', { Colour: ['Black', 'Grey'] }, 24900, [9, 0]) },
  { name: 'Round Floor Cushion', category: 'furniture', glyph: 'sofa', description: 'A big, round cotton floor cushion with a carry handle: extra seating for game nights.', variants: variants('CUSHION-FLOOR', { Colour: ['Rust', 'Ochre', 'Slate'] }, 4900, [12, 7, 2]) },
];

const decor: DemoProduct[] = [
  { name: 'Ceramic Planter', category: 'decor', glyph: 'plant', description: 'A matte ceramic pot with a drainage hole and a bamboo saucer.', variants: variants('PLANT-CER', { Size: ['Medium', 'Large'] }, { Medium: 2400, Large: 3400 }, [22, 9]) },
  { name: 'Macramé Hanging Planter', category: 'decor', glyph: 'plant', description: 'A handmade cotton macramé hanger for pots up to 18 cm, with a ceiling hook.', variants: variants('PLANT-MACRAME', {}, 1900, [28]) },
  { name: 'Chunky Knit Throw', category: 'decor', glyph: 'sweater', description: 'A hand-knitted throw blanket in soft chenille, 130 × 170 cm, for the sofa on cold evenings.', variants: variants('THROW-KNIT', { Colour: ['Cream', 'Blush', 'Grey'] }, 6900, [8, 4, 11]) },
  { name: 'Linen Cushion Cover', category: 'decor', glyph: 'sofa', description: 'A stonewashed linen cushion cover with a hidden zip.', variants: variants('CUSHION-LINEN', { Colour: ['Natural', 'Clay', 'Olive'], Size: ['45 cm', '60 cm'] }, { '45 cm': 1900, '60 cm': 2600 }, [20, 12, 9, 0, 14, 5]) },
  { name: 'Soy Wax Scented Candle', category: 'decor', glyph: 'candle', description: 'A hand-poured soy candle in a reusable glass jar, with 45 hours of burn time.', variants: variants('CANDLE-SOY', { Scent: ['Fig & cedar', 'Sea salt', 'Lavender'] }, 2200, [30, 17, 0]) },
  { name: 'Stoneware Bud Vase', category: 'decor', glyph: 'bottle', description: 'A small-batch glazed stoneware vase with a narrow neck for a single stem or a few garden flowers.', variants: variants('VASE-BUD', { Colour: ['Ink blue', 'Chalk'] }, 3400, [9, 6]) },
  { name: 'Oak Picture Frame', category: 'decor', glyph: 'frame', description: 'A solid oak frame with real glass and a mount, ready to hang or to stand on a shelf.', variants: variants('FRAME-OAK', { Size: ['A4', 'A3', '50 × 70 cm'] }, { A4: 2400, A3: 3200, '50 × 70 cm': 4900 }, [26, 13, 4]) },
  { name: 'Silent Wall Clock', category: 'decor', glyph: 'watch', description: 'A 30 cm wall clock with a sweeping, silent movement — no ticking at night.', variants: variants('CLOCK-WALL', { Colour: ['Black', 'White', 'Oak'] }, 3200, [15, 10, 0]) },
];

/** Written last, so the newest: they open the home page's New arrivals. */
const northwindNewArrivals: DemoProduct[] = [
  { name: 'Orbit Smartwatch', category: 'wearables', glyph: 'watch', description: 'An AMOLED smartwatch with GPS, contactless payments and more than 100 workout modes.', variants: variants('WATCH-ORBIT', { Colour: ['Black', 'Silver', 'Rose gold'], Size: ['41 mm', '45 mm'] }, { '41 mm': 24900, '45 mm': 27900 }, [6, 4, 8, 0, 3, 2]) },
  { name: 'Enamelled Dutch Oven', category: 'cookware', glyph: 'pan', description: 'A heavy enamelled cast iron casserole for slow braises, stews and no-knead bread.', variants: variants('DUTCH-OVEN', { Colour: ['Cherry red', 'Ocean blue', 'Cream'], Capacity: ['3.8 L', '5.2 L'] }, { '3.8 L': 9900, '5.2 L': 12900 }, [6, 3, 8, 0, 2, 4]) },
  { name: 'Instant Film Camera', category: 'cameras', glyph: 'camera', description: 'A fun instant camera that prints credit-card-sized photos in seconds, with a selfie mirror and automatic exposure.', variants: variants('CAM-INSTANT', { Colour: ['Mint', 'Blush', 'Ivory'] }, 7900, [11, 0, 6]) },
  { name: 'Harbour Three-Seater Sofa', category: 'furniture', glyph: 'sofa', description: 'A deep three-seater sofa with feather-wrapped cushions and removable covers you can wash.', variants: variants('SOFA-HARBOUR', { Colour: ['Oatmeal', 'Forest green', 'Charcoal'] }, 89900, [3, 2, 0]) },
  { name: 'Aster 6 Smartphone', category: 'phones-tablets', glyph: 'phone', description: 'A 6.1-inch smartphone with an OLED screen, a 50 MP camera and a battery that lasts two days.', variants: variants('PHONE-ASTER6', { Colour: ['Graphite', 'Glacier', 'Sage'], Storage: ['128 GB', '256 GB'] }, { '128 GB': 49900, '256 GB': 57900 }, [14, 6, 9, 0, 4, 2]) },
  { name: 'Arc Desk Lamp', category: 'lighting', glyph: 'lamp', description: 'A dimmable LED desk lamp with warm-to-cool colour and a heavy, weighted base.', variants: variants('LAMP-ARC', { Finish: ['Brass', 'Matte black'] }, 7900, [15, 9]) },
  { name: 'Stoneware Coffee Mug', category: 'tableware', glyph: 'mug', description: 'A hand-glazed 350 ml mug that keeps coffee warm and sits well in the hand.', variants: variants('MUG-STONE', { Colour: ['Sand', 'Slate', 'Moss'] }, 1800, [60, 3, 21]) },
  { name: 'Studio Wireless Headphones', category: 'audio', glyph: 'headphones', description: 'Over-ear wireless headphones with active noise cancelling, 30 hours of battery and a fold-flat design for travel.', variants: variants('HP-STUDIO', { Colour: ['Black', 'White', 'Midnight blue'] }, 14900, [25, 8, 3]) },
];

// Fernhill Outfitters: clothing, outdoors and sports.

const tShirts: DemoProduct[] = [
  // A sold-out size beside in-stock sizes of the same colour: choosing it must not strike out the colour.
  { name: 'Organic Cotton T-Shirt', category: 't-shirts', glyph: 'shirt', description: 'A soft, heavyweight organic cotton tee with a relaxed fit that keeps its shape wash after wash.', variants: variants('TEE-ORG', { Colour: ['Sage', 'Navy', 'White'], Size: SIZES }, 2500, [10, 20, 18, 0, 6, 0, 14, 9, 12, 15, 3, 7]) },
  { name: 'Everyday Pocket Tee', category: 't-shirts', glyph: 'shirt', description: 'A cotton jersey T-shirt with a chest pocket and a slightly boxy cut. Pre-shrunk, so it fits the same after washing.', variants: variants('TEE-POCKET', { Colour: ['Black', 'Heather grey', 'Olive', 'Rust'], Size: WIDE_SIZES }, 1900, [14, 22, 30, 25, 11, 4, 9]) },
  { name: 'Long-Sleeve Breton Top', category: 't-shirts', glyph: 'shirt', description: 'The striped cotton Breton top with a boat neck, a classic that goes with everything.', variants: variants('TEE-BRETON', { Colour: ['Navy stripe', 'Red stripe'], Size: SIZES }, 3200, [8, 12, 0, 5, 6, 0, 3, 2]) },
  // One colour with a sold-out size: the colour stays choosable.
  { name: 'Linen Tee', category: 't-shirts', glyph: 'shirt', description: 'A breathable linen T-shirt for hot days; it creases a little and looks better for it.', variants: variants('TEE-LINEN', { Colour: ['Natural'], Size: SIZES }, 3500, [7, 0, 11, 4]) },
  { name: 'Mountain Line Graphic Tee', category: 't-shirts', glyph: 'shirt', description: 'A soft cotton tee printed with a hand-drawn mountain range in water-based inks.', variants: variants('TEE-MOUNTAIN', { Colour: ['Stone', 'Forest'], Size: SIZES }, 2800, [15, 18, 13, 6, 10, 9, 0, 0]) },
  { name: 'Merino Performance Tee', category: 't-shirts', glyph: 'shirt', description: 'A lightweight merino wool tee that wicks sweat and doesn’t hold odours, for runs, hikes and travel.', variants: variants('TEE-MERINO', { Colour: ['Charcoal', 'Ocean'], Size: SIZES }, 5900, [6, 9, 4, 2, 5, 3, 1, 0]) },
  { name: 'Kids’ Dinosaur T-Shirt', category: 't-shirts', glyph: 'shirt', description: 'A bright organic cotton T-shirt for kids with a glow-in-the-dark dinosaur print.', variants: variants('TEE-DINO', { Size: ['3–4 years', '5–6 years', '7–8 years', '9–10 years'] }, 1400, [16, 21, 0, 9]) },
  { name: 'Bamboo V-Neck Tee', category: 't-shirts', glyph: 'shirt', description: 'A silky-soft T-shirt in bamboo viscose with a flattering V-neck.', variants: variants('TEE-BAMBOO', { Colour: ['White', 'Black', 'Dusty pink'], Size: ['XS', 'S', 'M', 'L', 'XL'] }, 2400, [12, 17, 9, 0, 5, 20, 8]) },
];

const outerwear: DemoProduct[] = [
  { name: 'Waterproof Rain Jacket', category: 'outerwear', glyph: 'jacket', description: 'A fully seam-taped waterproof jacket with a peaked hood and pit zips; it packs into its own pocket.', variants: variants('JKT-RAIN', { Colour: ['Yellow', 'Navy', 'Black'], Size: SIZES }, 8900, [5, 8, 10, 3, 12, 0, 9, 6, 7, 11, 2, 0]) },
  { name: 'Recycled Down Puffer Jacket', category: 'outerwear', glyph: 'jacket', description: 'A warm, light puffer jacket filled with recycled down under a water-repellent shell.', variants: variants('JKT-PUFFER', { Colour: ['Black', 'Olive'], Size: SIZES }, 17900, [4, 6, 5, 2, 3, 0, 4, 1]) },
  { name: 'Polar Fleece Jacket', category: 'outerwear', glyph: 'jacket', description: 'A full-zip fleece made from recycled bottles, cosy on its own or as a mid-layer.', variants: variants('JKT-FLEECE', { Colour: ['Navy', 'Oatmeal', 'Forest'], Size: SIZES }, 5900, [9, 13, 0, 7, 15]) },
  { name: 'Classic Denim Jacket', category: 'outerwear', glyph: 'jacket', description: 'A rigid denim trucker jacket that breaks in and fades to fit you.', variants: variants('JKT-DENIM', { Colour: ['Mid wash', 'Black'], Size: SIZES }, 7900, [6, 11, 9, 4, 5, 7, 0, 3]) },
  { name: 'Wool Overcoat', category: 'outerwear', glyph: 'jacket', description: 'A single-breasted overcoat in an Italian wool blend that sits just above the knee.', variants: variants('COAT-WOOL', { Colour: ['Camel', 'Charcoal'], Size: SIZES }, 24900, [2, 3, 4, 1, 3, 2, 0, 2]) },
  { name: 'Softshell Hiking Jacket', category: 'outerwear', glyph: 'jacket', description: 'A stretchy, windproof softshell with a fleece back, made for moving fast in the hills.', variants: variants('JKT-SOFTSHELL', { Colour: ['Red', 'Slate'], Size: SIZES }, 11900, [7, 5, 8, 3, 4, 6, 2, 0]) },
  { name: 'Packable Windbreaker', category: 'outerwear', glyph: 'jacket', description: 'A featherweight windbreaker that stuffs into its chest pocket, showerproof for a sudden drizzle.', variants: variants('JKT-WIND', { Colour: ['Teal', 'Orange'], Size: SIZES }, 4500, [13, 0, 8, 9, 11, 14, 10, 5]) },
  { name: 'Insulated Gilet', category: 'outerwear', glyph: 'jacket', description: 'A quilted gilet with synthetic insulation that stays warm even when damp.', variants: variants('GILET', { Colour: ['Black', 'Khaki'], Size: SIZES }, 6900, [10, 4, 0, 6, 8, 9, 7, 3]) },
];

const shoes: DemoProduct[] = [
  { name: 'Trail Running Shoes', category: 'shoes', glyph: 'sneaker', description: 'Grippy, cushioned trail shoes with a waterproof membrane, for rocky paths and wet mornings.', variants: variants('SHOE-TRAIL', { Colour: ['Red', 'Blue'], Size: SHOE_SIZES }, 11500, [3, 7, 9, 12, 0, 8, 6, 4, 2, 5, 0, 10]) },
  { name: 'White Leather Sneakers', category: 'shoes', glyph: 'sneaker', description: 'Minimal white leather sneakers on a stitched rubber cupsole; they go with jeans and with suits.', variants: variants('SHOE-WHITE', { Size: SHOE_SIZES }, 9900, [5, 9, 14, 11, 0, 13, 8, 3, 2]) },
  { name: 'Canvas Plimsolls', category: 'shoes', glyph: 'sneaker', description: 'Light canvas plimsolls with a vulcanised rubber sole, for summer days and the school run.', variants: variants('SHOE-CANVAS', { Colour: ['Navy', 'White', 'Red'], Size: SHOE_SIZES }, 5900, [12, 15, 0, 9, 7, 4, 18, 10]) },
  { name: 'Waterproof Hiking Boots', category: 'shoes', glyph: 'boot', description: 'Leather hiking boots with a waterproof lining and a grippy Vibram sole, comfortable from the first walk.', variants: variants('BOOT-HIKE', { Size: SHOE_SIZES }, 14900, [2, 4, 6, 5, 0, 7, 3, 1, 2]) },
  { name: 'Suede Chelsea Boots', category: 'shoes', glyph: 'boot', description: 'Suede Chelsea boots with elastic sides and a crepe sole.', variants: variants('BOOT-CHELSEA', { Colour: ['Tan', 'Black'], Size: SHOE_SIZES }, 13900, [4, 6, 0, 3, 8, 5, 2]) },
  { name: 'Road Running Shoes', category: 'shoes', glyph: 'sneaker', description: 'Light, springy road running shoes with a breathable knit upper for your daily miles.', variants: variants('SHOE-ROAD', { Colour: ['Black', 'Coral'], Size: SHOE_SIZES }, 12900, [6, 9, 11, 4, 0, 7, 10, 3]) },
  { name: 'Sheepskin Slippers', category: 'shoes', glyph: 'boot', description: 'Genuine sheepskin slippers on a rubber sole, so you can nip out to the bins.', variants: variants('SLIPPER-SHEEP', { Size: SHOE_SIZES }, 4900, [8, 10, 12, 9, 6, 11, 7, 0, 0]) },
  { name: 'Leather Sandals', category: 'shoes', glyph: 'sneaker', description: 'Two-strap leather sandals with a contoured cork footbed that moulds to your foot.', variants: variants('SANDAL', { Colour: ['Tan', 'Black'], Size: SHOE_SIZES }, 6900, [5, 8, 7, 0, 9, 6]) },
];

const knitwear: DemoProduct[] = [
  { name: 'Merino Crew Neck Jumper', category: 'knitwear', glyph: 'sweater', description: 'A fine-knit merino wool jumper, warm without the bulk, that sits neatly under a jacket.', variants: variants('KNIT-MERINO', { Colour: ['Navy', 'Grey marl', 'Bottle green', 'Burgundy'], Size: SIZES }, 6900, [8, 12, 10, 5, 0, 7, 9]) },
  { name: 'Cable Knit Cardigan', category: 'knitwear', glyph: 'sweater', description: 'A chunky cable-knit cardigan in wool and alpaca with horn buttons.', variants: variants('KNIT-CARDIGAN', { Colour: ['Cream', 'Charcoal'], Size: SIZES }, 8900, [3, 5, 4, 2, 4, 0, 3, 1]) },
  { name: 'Heavyweight Cotton Hoodie', category: 'knitwear', glyph: 'sweater', description: 'A brushed-back cotton hoodie with a double-layer hood and a kangaroo pocket.', variants: variants('HOODIE', { Colour: ['Black', 'Heather grey', 'Dusty blue'], Size: SIZES }, 5500, [15, 20, 18, 9, 0, 11, 13]) },
  { name: 'Fisherman Roll-Neck Sweater', category: 'knitwear', glyph: 'sweater', description: 'A thick rib-knit wool roll neck made to keep out a sea wind.', variants: variants('KNIT-ROLLNECK', { Colour: ['Ecru', 'Navy'], Size: SIZES }, 9900, [4, 6, 5, 3, 2, 4, 0, 0]) },
  { name: 'Lambswool Scarf', category: 'knitwear', glyph: 'sweater', description: 'A soft brushed lambswool scarf, 180 × 30 cm, woven in Scotland.', variants: variants('SCARF-LAMB', { Colour: ['Camel', 'Grey', 'Tartan red'] }, 3900, [14, 9, 0]) },
];

const hatsAndAccessories: DemoProduct[] = [
  { name: 'Ribbed Wool Beanie', category: 'hats-accessories', glyph: 'hat', description: 'A snug ribbed beanie in merino wool with a turn-up cuff.', variants: variants('BEANIE', { Colour: ['Mustard', 'Black', 'Forest', 'Grey'] }, 2200, [25, 31, 12, 4]) },
  { name: 'Washed Cotton Cap', category: 'hats-accessories', glyph: 'hat', description: 'A six-panel cotton baseball cap with an adjustable brass buckle.', variants: variants('CAP-COTTON', { Colour: ['Khaki', 'Navy', 'Washed black'] }, 1900, [18, 0, 22]) },
  { name: 'Packable Sun Hat', category: 'hats-accessories', glyph: 'hat', description: 'A wide-brim UPF 50+ sun hat that rolls up into your bag.', variants: variants('HAT-SUN', { Size: ['S/M', 'L/XL'] }, 2900, [9, 5]) },
  { name: 'Merino Hiking Socks (3 pairs)', category: 'hats-accessories', glyph: 'sock', description: 'Cushioned merino-blend hiking socks that keep feet dry and free of blisters.', variants: variants('SOCKS-MERINO', { Size: ['36–39', '40–43', '44–47'] }, 2400, [20, 34, 15]) },
  { name: 'Touchscreen Knit Gloves', category: 'hats-accessories', glyph: 'hat', description: 'Knitted gloves with conductive fingertips, so you can use your phone without cold hands.', variants: variants('GLOVES-KNIT', { Colour: ['Black', 'Grey'], Size: ['S/M', 'L/XL'] }, 1600, [22, 18, 0, 7]) },
];

const camping: DemoProduct[] = [
  { name: 'Two-Person Backpacking Tent', category: 'camping', glyph: 'tent', description: 'A freestanding tent for two that weighs 1.6 kg and pitches in five minutes, with two doors and two porches.', variants: variants('TENT-2P', { Colour: ['Olive', 'Orange'] }, 24900, [6, 3]) },
  { name: 'Family Tunnel Tent', category: 'camping', glyph: 'tent', description: 'A roomy six-person tunnel tent with blackout bedrooms and a porch big enough for muddy boots.', variants: variants('TENT-6P', {}, 44900, [2]) },
  { name: 'Down Sleeping Bag', category: 'camping', glyph: 'tent', description: 'A 750-fill down mummy bag rated to −5 °C that packs down to the size of a loaf of bread.', variants: variants('BAG-SLEEP', { Length: ['Regular', 'Long'] }, { Regular: 22900, Long: 24900 }, [5, 2]) },
  { name: 'Self-Inflating Sleeping Mat', category: 'camping', glyph: 'mat', description: 'A 5 cm self-inflating camping mat with a non-slip base: open the valve and it fills itself.', variants: variants('MAT-SLEEP', {}, 6900, [14]) },
  { name: 'Compact Gas Camping Stove', category: 'camping', glyph: 'kettle', description: 'A tiny folding gas stove that boils a litre of water in about four minutes.', variants: variants('STOVE-GAS', {}, 3900, [21]) },
  { name: 'Enamel Camp Mug', category: 'camping', glyph: 'mug', description: 'A classic speckled enamel mug that handles campfire coffee and washing-up in a stream.', variants: variants('MUG-ENAMEL', { Colour: ['Blue speckle', 'Green speckle', 'White'] }, 1200, [40, 26, 0]) },
  { name: 'Rechargeable Headlamp', category: 'camping', glyph: 'lamp', description: 'A 400-lumen USB-C head torch with a red night mode and a lock so it won’t switch on in your bag.', variants: variants('HEADLAMP', {}, 2900, [33]) },
  { name: 'Folding Camp Chair', category: 'camping', glyph: 'chair', description: 'A folding camp chair with a cup holder and a side pocket that carries like a bag.', variants: variants('CHAIR-CAMP', { Colour: ['Green', 'Grey'] }, 3400, [12, 0]) },
  { name: 'Collapsible Camping Lantern', category: 'camping', glyph: 'candle', description: 'A collapsible LED lantern that doubles as a power bank and lights a tent for 60 hours.', variants: variants('LANTERN', {}, 2400, [4]) },
];

const cycling: DemoProduct[] = [
  { name: 'City Commuter Bike', category: 'cycling', glyph: 'bike', description: 'An eight-speed aluminium commuter bike with mudguards, a rear rack and hydraulic disc brakes.', variants: variants('BIKE-CITY', { Colour: ['Slate blue', 'Cream'], Size: ['S', 'M', 'L'] }, 64900, [2, 3, 1, 0, 2, 4]) },
  { name: 'Road Cycling Helmet', category: 'cycling', glyph: 'hat', description: 'A light, well-vented cycling helmet with MIPS protection and a rear light built into the dial.', variants: variants('HELMET-ROAD', { Colour: ['Matte black', 'White'], Size: ['S', 'M', 'L'] }, 7900, [6, 9, 4, 3, 0, 5]) },
  { name: 'USB Rechargeable Bike Lights', category: 'cycling', glyph: 'lamp', description: 'A bright front and rear light set with daytime flash modes that charges over USB-C.', variants: variants('LIGHTS-BIKE', {}, 2900, [45]) },
  { name: 'D-Lock with Cable', category: 'cycling', glyph: 'bike', description: 'A hardened steel D-lock with a 1.2 m cable for the front wheel, rated Sold Secure Gold.', variants: variants('LOCK-D', {}, 4900, [17]) },
  { name: 'Padded Cycling Shorts', category: 'cycling', glyph: 'shirt', description: 'Cycling shorts with a breathable chamois pad and flat seams that don’t rub on long rides.', variants: variants('SHORTS-CYCLE', { Size: SIZES }, 3900, [7, 12, 9, 0]) },
  { name: 'Waterproof Pannier Bag', category: 'cycling', glyph: 'backpack', description: 'A 20-litre roll-top pannier that clips onto most racks and keeps laptop and lunch dry in the rain.', variants: variants('PANNIER', { Colour: ['Black', 'Yellow'] }, 5900, [11, 5]) },
  { name: 'Mini Bike Pump', category: 'cycling', glyph: 'bike', description: 'A frame-mounted mini pump that reaches 100 psi, with a head for Presta and Schrader valves.', variants: variants('PUMP-MINI', {}, 1900, [38]) },
];

const hiking: DemoProduct[] = [
  { name: 'Everyday Backpack', category: 'hiking', glyph: 'backpack', description: 'A 20-litre water-resistant backpack with a padded laptop sleeve, for the commute and the weekend.', variants: variants('PACK-20', { Colour: ['Charcoal', 'Rust'] }, 8900, [14, 6]) },
  { name: 'Insulated Water Bottle', category: 'hiking', glyph: 'bottle', description: 'Keeps drinks cold for 24 hours and hot for 12. 750 ml, with a leak-proof lid.', variants: variants('BOTTLE-750', { Colour: ['Teal', 'Black', 'Sand'] }, 3200, [45, 20, 8]) },
  { name: '35 L Hiking Daypack', category: 'hiking', glyph: 'backpack', description: 'A ventilated 35-litre daypack with a rain cover, hip-belt pockets and room for a hydration bladder.', variants: variants('PACK-35', { Colour: ['Blue', 'Grey'] }, 10900, [7, 4]) },
  { name: 'Hydration Bladder 2 L', category: 'hiking', glyph: 'bottle', description: 'A 2-litre water reservoir with a bite valve and a wide opening that’s easy to clean.', variants: variants('BLADDER-2L', {}, 2400, [19]) },
  { name: 'Carbon Trekking Poles (pair)', category: 'hiking', glyph: 'poles', description: 'Lightweight carbon trekking poles with cork grips that fold into three for your pack.', variants: variants('POLES-CARBON', {}, 7900, [9]) },
  { name: 'Pocket First Aid Kit', category: 'hiking', glyph: 'backpack', description: 'A waterproof first aid kit with plasters, blister pads and a foil blanket, sized for day hikes.', variants: variants('FIRSTAID', {}, 1800, [26]) },
];

const fitness: DemoProduct[] = [
  { name: 'Adjustable Dumbbells (pair)', category: 'fitness', glyph: 'dumbbell', description: 'Dumbbells that go from 2 to 24 kg with a turn of the dial — one pair instead of a whole rack.', variants: variants('DB-ADJUST', {}, 29900, [3]) },
  { name: 'Cast Iron Kettlebell', category: 'fitness', glyph: 'kettlebell', description: 'A powder-coated cast iron kettlebell with a wide, smooth handle for swings and presses.', variants: variants('KETTLEBELL', { Weight: ['8 kg', '12 kg', '16 kg', '20 kg'] }, { '8 kg': 2900, '12 kg': 3900, '16 kg': 4900, '20 kg': 5900 }, [14, 11, 6, 0]) },
  { name: 'Resistance Band Set', category: 'fitness', glyph: 'dumbbell', description: 'Five latex-free resistance bands from extra light to extra heavy, with a mesh carry bag.', variants: variants('BANDS-5', {}, 1900, [52]) },
  { name: 'Speed Jump Rope', category: 'fitness', glyph: 'dumbbell', description: 'A ball-bearing skipping rope with an adjustable steel cable, for double-unders and boxing rounds.', variants: variants('ROPE-SPEED', {}, 1400, [29]) },
  { name: 'Textured Foam Roller', category: 'fitness', glyph: 'mat', description: 'A firm foam roller that works out the knots after a run or a leg day.', variants: variants('ROLLER-FOAM', { Length: ['33 cm', '45 cm'] }, { '33 cm': 1900, '45 cm': 2400 }, [17, 8]) },
  { name: 'Gym Duffel Bag', category: 'fitness', glyph: 'backpack', description: 'A 40-litre duffel with a ventilated shoe pocket and a wipe-clean base.', variants: variants('DUFFEL-GYM', { Colour: ['Black', 'Navy', 'Olive'] }, 4900, [15, 8, 3]) },
  { name: 'Rubber Hex Dumbbell', category: 'fitness', glyph: 'dumbbell', description: 'A rubber-coated hex dumbbell that won’t roll away, sold singly.', variants: variants('DB-HEX', { Weight: ['2.5 kg', '5 kg', '7.5 kg', '10 kg'] }, { '2.5 kg': 1200, '5 kg': 2200, '7.5 kg': 3200, '10 kg': 4200 }, [20, 16, 0, 4]) },
];

const ballSports: DemoProduct[] = [
  { name: 'Match Football', category: 'ball-sports', glyph: 'ball', description: 'A hand-stitched match football with a butyl bladder that holds its shape and its air.', variants: variants('BALL-FOOT', { Size: ['3', '4', '5'] }, 2900, [12, 18, 30]) },
  { name: 'Indoor/Outdoor Basketball', category: 'ball-sports', glyph: 'ball', description: 'A composite leather basketball with deep channels for grip on court and on tarmac.', variants: variants('BALL-BASKET', { Size: ['5', '6', '7'] }, 3400, [7, 10, 14]) },
  { name: 'Beach Volleyball', category: 'ball-sports', glyph: 'ball', description: 'A soft-touch volleyball, waterproof and sized for the sand.', variants: variants('BALL-VOLLEY', {}, 2400, [16]) },
  { name: 'Football Shin Guards', category: 'ball-sports', glyph: 'ball', description: 'Light shin guards with ankle protection and a washable sleeve.', variants: variants('SHINGUARD', { Size: ['S', 'M', 'L'] }, 1400, [20, 0, 11]) },
  { name: 'Goalkeeper Gloves', category: 'ball-sports', glyph: 'ball', description: 'Goalkeeper gloves with 4 mm latex palms and finger protection.', variants: variants('GLOVES-GK', { Size: ['7', '8', '9', '10'] }, 3400, [5, 9, 6, 0]) },
  { name: 'Graphite Tennis Racket', category: 'ball-sports', glyph: 'racket', description: 'A light graphite tennis racket with a forgiving 100 sq in head, strung and ready to play.', variants: variants('RACKET-TENNIS', {}, 8900, [8]) },
];

const yoga: DemoProduct[] = [
  { name: 'Natural Rubber Yoga Mat', category: 'yoga', glyph: 'mat', description: 'A grippy natural rubber yoga mat that stays put, even in a hot class.', variants: variants('YOGA-MAT', { Colour: ['Plum', 'Sage', 'Charcoal'], Thickness: ['4 mm', '6 mm'] }, { '4 mm': 5900, '6 mm': 6900 }, [10, 6, 8, 0, 12, 5]) },
  { name: 'Cork Yoga Blocks (pair)', category: 'yoga', glyph: 'block', description: 'Two dense cork yoga blocks with rounded edges, firm under your hands and kind to your knees.', variants: variants('YOGA-BLOCKS', {}, 2400, [27]) },
  { name: 'Cotton Yoga Strap', category: 'yoga', glyph: 'mat', description: 'A 2.5 m cotton strap with a metal D-ring buckle for deeper stretches.', variants: variants('YOGA-STRAP', {}, 900, [41]) },
  { name: 'Buckwheat Meditation Cushion', category: 'yoga', glyph: 'sofa', description: 'A zafu cushion filled with buckwheat hulls, with a removable cotton cover you can wash.', variants: variants('ZAFU', { Colour: ['Indigo', 'Saffron'] }, 3900, [9, 4]) },
  { name: 'High-Waisted Yoga Leggings', category: 'yoga', glyph: 'shirt', description: 'Squat-proof, moisture-wicking high-waisted leggings with a hidden pocket for your phone.', variants: variants('LEGGINGS', { Colour: ['Black', 'Plum'], Size: ['XS', 'S', 'M', 'L', 'XL'] }, 4500, [9, 14, 0, 11, 6, 5, 8, 3, 0, 2]) },
];

// Paper Lantern Books & Games: books, toys and games.

/** A book in Paperback and Hardcover; both are the same story, the hardcover costs more. */
const paperbackAndHardcover = (sku: string, paperbackCents: number, hardcoverCents: number, stock: [number, number]) =>
  variants(sku, { Format: ['Paperback', 'Hardcover'] }, { Paperback: paperbackCents, Hardcover: hardcoverCents }, stock);
const paperback = (sku: string, priceCents: number, stock: number) => variants(sku, { Format: ['Paperback'] }, priceCents, [stock]);
const hardcover = (sku: string, priceCents: number, stock: number) => variants(sku, { Format: ['Hardcover'] }, priceCents, [stock]);

const fiction: DemoProduct[] = [
  { name: 'The Lighthouse Keeper’s Daughter', category: 'fiction', glyph: 'book', description: 'A sweeping novel of one family and one lighthouse across three generations on the Cornish coast.', variants: paperbackAndHardcover('BOOK-LIGHTHOUSE', 1099, 1899, [24, 8]) },
  { name: 'Salt and Static', category: 'fiction', glyph: 'book', description: 'A near-future thriller: a radio engineer picks up a signal from a ship that sank forty years ago.', variants: paperbackAndHardcover('BOOK-SALT', 999, 1799, [31, 0]) },
  { name: 'The Orchard at Midnight', category: 'fiction', glyph: 'book', description: 'A warm, funny novel about four siblings, one inheritance and an apple orchard nobody wants to sell.', variants: paperback('BOOK-ORCHARD', 1099, 17) },
  { name: 'Glass Cities', category: 'fiction', glyph: 'book', description: 'Epic fantasy in a world where cities float on glass and the winds decide who rules. Book one of the Windward trilogy.', variants: paperbackAndHardcover('BOOK-GLASS', 1299, 2199, [12, 4]) },
  { name: 'A Murder in Marlow Street', category: 'fiction', glyph: 'book', description: 'A cosy crime mystery with a retired librarian, a missing manuscript and far too many cups of tea.', variants: paperback('BOOK-MARLOW', 899, 40) },
  { name: 'The Long Way North', category: 'fiction', glyph: 'book', description: 'A road-trip novel about a father and daughter driving from Lisbon to the Arctic Circle.', variants: paperbackAndHardcover('BOOK-NORTH', 1099, 1999, [9, 2]) },
  { name: 'Stories from the Night Train', category: 'fiction', glyph: 'book', description: 'Twelve short stories set on sleeper trains across Europe — best read on one.', variants: paperback('BOOK-NIGHTTRAIN', 999, 0) },
  { name: 'Starfall Academy', category: 'fiction', glyph: 'book', description: 'A young-adult adventure about a girl who joins a school for comet chasers.', variants: paperback('BOOK-STARFALL', 899, 22) },
];

const nonFiction: DemoProduct[] = [
  { name: 'The Careful Engineer', category: 'non-fiction', glyph: 'book', description: 'Essays on building software that people can trust, from security to simplicity.', variants: paperbackAndHardcover('BOOK-CAREFUL', 2900, 4200, [30, 10]) },
  { name: 'Field Notes on Security', category: 'non-fiction', glyph: 'book', description: 'A practical handbook of threat models, password storage and session design.', variants: paperback('BOOK-FIELD', 3500, 18) },
  { name: 'The Slow Garden', category: 'non-fiction', glyph: 'book', description: 'How to grow a beautiful, wildlife-friendly garden by doing less, season by season.', variants: paperbackAndHardcover('BOOK-SLOWGARDEN', 1699, 2499, [14, 5]) },
  { name: 'Deep Rest', category: 'non-fiction', glyph: 'book', description: 'A sleep scientist explains what happens in the sleeping brain, and how to get more of the sleep that matters.', variants: paperback('BOOK-DEEPREST', 1299, 21) },
  { name: 'A Short History of Maps', category: 'non-fiction', glyph: 'book', description: 'From clay tablets to satellite navigation: how maps made the world we live in. Illustrated throughout.', variants: hardcover('BOOK-MAPS', 2999, 7) },
  { name: 'Money Without Worry', category: 'non-fiction', glyph: 'book', description: 'Plain-spoken personal finance — budgets, pensions and investing — without jargon or get-rich-quick schemes.', variants: paperback('BOOK-MONEY', 1499, 26) },
  { name: 'The Walker’s Atlas of Britain', category: 'non-fiction', glyph: 'book', description: 'Fifty of the best day walks in Britain, with maps, photographs and where to stop for lunch.', variants: paperback('BOOK-WALKS', 1999, 3) },
  { name: 'Thinking in Systems at Work', category: 'non-fiction', glyph: 'book', description: 'A practical guide to spotting feedback loops in teams and organisations, and changing them for the better.', variants: paperbackAndHardcover('BOOK-SYSTEMS', 1899, 2799, [11, 0]) },
];

const childrensBooks: DemoProduct[] = [
  { name: 'The Very Sleepy Owl', category: 'childrens-books', glyph: 'book', description: 'A gentle rhyming bedtime story about an owl who just can’t stay awake at night. Ages 2–5.', variants: variants('BOOK-OWL', { Format: ['Board book', 'Hardcover'] }, { 'Board book': 699, Hardcover: 1199 }, [35, 12]) },
  { name: 'Max and the Moon Machine', category: 'childrens-books', glyph: 'book', description: 'A funny illustrated adventure for young readers who love inventions and rockets. Ages 6–9.', variants: paperback('BOOK-MOONMACHINE', 699, 28) },
  { name: 'The Big Book of Bugs', category: 'childrens-books', glyph: 'book', description: 'Over 200 minibeasts in bold illustrations, with fold-out pages and fascinating facts. Ages 5 and up.', variants: hardcover('BOOK-BUGS', 1499, 9) },
  { name: 'My First Dinosaur Atlas', category: 'childrens-books', glyph: 'book', description: 'Lift-the-flap maps show where the dinosaurs lived and what they ate. Ages 4–7.', variants: hardcover('BOOK-DINOATLAS', 1299, 0) },
  { name: 'The Secret Island Club', category: 'childrens-books', glyph: 'book', description: 'A lost map, a stormy night and a lighthouse with a locked door: the club’s first mystery. Ages 8–12.', variants: paperback('BOOK-ISLANDCLUB', 799, 19) },
];

const cookbooks: DemoProduct[] = [
  { name: 'One Pan Suppers', category: 'cookbooks', glyph: 'book', description: 'Seventy weeknight recipes that cook in a single pan, with hardly any washing-up.', variants: hardcover('BOOK-ONEPAN', 2200, 16) },
  { name: 'The Sourdough Year', category: 'cookbooks', glyph: 'book', description: 'A baker’s guide to sourdough through the seasons, from your first starter to festive loaves.', variants: hardcover('BOOK-SOURDOUGH', 2500, 6) },
  { name: 'Green Kitchen Every Day', category: 'cookbooks', glyph: 'book', description: 'Quick, colourful vegetarian recipes for busy people, with a shopping list for each week.', variants: paperbackAndHardcover('BOOK-GREENKITCHEN', 1599, 2499, [13, 7]) },
  { name: 'Spice Routes', category: 'cookbooks', glyph: 'book', description: 'Recipes and stories from the spice markets of Zanzibar, Kerala and Istanbul.', variants: hardcover('BOOK-SPICE', 2800, 2) },
];

const boardGames: DemoProduct[] = [
  { name: 'Harbour Lights Board Game', category: 'board-games', glyph: 'dice', description: 'A family strategy game of trading ships and building lighthouses for 2–5 players aged 10 and up; about 45 minutes a game.', variants: variants('GAME-HARBOUR', {}, 3499, [14]) },
  { name: 'Pocket Word Game', category: 'board-games', glyph: 'dice', description: 'A fast word game of letter tiles in a travel pouch, for two to six players. A round takes ten minutes.', variants: variants('GAME-WORDS', {}, 1299, [33]) },
  { name: 'Forest Rescue Cooperative Game', category: 'board-games', glyph: 'dice', description: 'Players work together to bring the forest animals home before the storm arrives. Ages 5 and up.', variants: variants('GAME-FOREST', {}, 2499, [8]) },
  { name: 'Folding Wooden Chess Set', category: 'board-games', glyph: 'dice', description: 'A 40 cm folding chess board in walnut and maple with weighted pieces stored inside.', variants: variants('CHESS-WOOD', {}, 4999, [5]) },
  { name: 'Polyhedral Dice Set', category: 'board-games', glyph: 'dice', description: 'Seven resin dice for role-playing games, from d4 to d20, in a velvet pouch.', variants: variants('DICE-RPG', { Colour: ['Galaxy purple', 'Ocean', 'Ember'] }, 999, [40, 22, 0]) },
  { name: 'Party Quiz Cards', category: 'board-games', glyph: 'dice', description: '500 questions for game nights in six categories, from pop music to geography. Ages 12 and up.', variants: variants('QUIZ-CARDS', {}, 1499, [27]) },
];

const buildingToys: DemoProduct[] = [
  { name: 'Wooden Building Blocks (100 pieces)', category: 'building-toys', glyph: 'block', description: 'A tub of smooth beech-wood blocks in natural and rainbow colours, for towers, castles and knocking down.', variants: variants('BLOCKS-WOOD', {}, 3499, [11]) },
  { name: 'Magnetic Building Tiles', category: 'building-toys', glyph: 'block', description: 'Clear magnetic tiles that click together into 3D shapes, for creative play from age 3.', variants: variants('TILES-MAG', { Pieces: ['60 pieces', '100 pieces'] }, { '60 pieces': 3999, '100 pieces': 5999 }, [9, 3]) },
  { name: 'Marble Run Construction Kit', category: 'building-toys', glyph: 'block', description: 'Build your own twisting marble run from 120 pieces, with 30 glass marbles.', variants: variants('MARBLE-RUN', {}, 4499, [6]) },
  { name: 'Robot Coding Kit', category: 'building-toys', glyph: 'block', description: 'Build a friendly robot and program it with a free app: the basics of coding for ages 8 and up.', variants: variants('ROBOT-KIT', {}, 6999, [0]) },
  { name: 'Wooden Stacking Rainbow', category: 'building-toys', glyph: 'block', description: 'A wooden stacking rainbow in soft, natural colours for open-ended play.', variants: variants('RAINBOW-STACK', { Size: ['Small', 'Large'] }, { Small: 2499, Large: 3999 }, [15, 4]) },
];

const puzzles: DemoProduct[] = [
  { name: 'Mountain Lake 1000-Piece Jigsaw', category: 'puzzles', glyph: 'puzzle', description: 'A 1000-piece jigsaw puzzle of an alpine lake at dawn, with a poster to work from.', variants: variants('JIGSAW-LAKE', {}, 1999, [18]) },
  { name: 'World Map Jigsaw for Kids', category: 'puzzles', glyph: 'puzzle', description: 'A 100-piece world map with animals and landmarks; the pieces are big and sturdy. Ages 5 and up.', variants: variants('JIGSAW-WORLD', {}, 1499, [24]) },
  { name: 'Wooden Brain Teaser Set', category: 'puzzles', glyph: 'puzzle', description: 'Six interlocking wooden puzzles that take minutes to take apart and much longer to put back together.', variants: variants('TEASERS-WOOD', {}, 1699, [3]) },
  { name: 'Botanical 500-Piece Puzzle', category: 'puzzles', glyph: 'puzzle', description: 'A 500-piece puzzle of vintage botanical illustrations, printed on recycled board.', variants: variants('JIGSAW-BOTANICAL', {}, 1599, [12]) },
];

const toys: DemoProduct[] = [
  { name: 'Plush Fox', category: 'toys-games', glyph: 'block', description: 'A soft, huggable fox with embroidered eyes, safe from birth.', variants: variants('PLUSH-FOX', { Size: ['Small', 'Large'] }, { Small: 1499, Large: 2499 }, [20, 7]) },
  { name: 'Wooden Train Set', category: 'toys-games', glyph: 'block', description: 'A 40-piece wooden railway with a bridge, a tunnel and magnetic carriages.', variants: variants('TRAIN-WOOD', {}, 3999, [8]) },
];

// Juniper & Rose: beauty.

const skincare: DemoProduct[] = [
  { name: 'Daily Hydrating Face Cream', category: 'skincare', glyph: 'jar', description: 'A light, fragrance-free moisturiser with hyaluronic acid and squalane for every skin type.', variants: variants('CREAM-DAILY', { Volume: ['30 ml', '50 ml'] }, { '30 ml': 1600, '50 ml': 2400 }, [26, 14]) },
  { name: 'Gentle Foaming Cleanser', category: 'skincare', glyph: 'perfume', description: 'A pH-balanced face wash that lifts make-up and sunscreen without stripping your skin.', variants: variants('CLEANSER', { Volume: ['150 ml', '300 ml'] }, { '150 ml': 1200, '300 ml': 1900 }, [30, 11]) },
  { name: 'Vitamin C Brightening Serum', category: 'skincare', glyph: 'perfume', description: 'A 15% vitamin C serum that evens out skin tone and brightens dull skin within a few weeks.', variants: variants('SERUM-VITC', {}, 2800, [4]) },
  { name: 'SPF 50 Daily Sunscreen', category: 'skincare', glyph: 'bottle', description: 'A weightless, invisible SPF 50 fluid that sits well under make-up, with no white cast.', variants: variants('SPF50', {}, 1800, [42]) },
  { name: 'Overnight Lip Mask', category: 'skincare', glyph: 'jar', description: 'A rich shea butter lip mask to wear to bed; wake up to soft, smooth lips.', variants: variants('LIPMASK', { Flavour: ['Berry', 'Vanilla', 'Unscented'] }, 1200, [25, 0, 18]) },
  { name: 'Retinol Night Cream', category: 'skincare', glyph: 'jar', description: 'A slow-release retinol cream for smoother skin by morning, gentle enough for beginners.', variants: variants('CREAM-RETINOL', {}, 3200, [7]) },
  { name: 'Kaolin Clay Face Mask', category: 'skincare', glyph: 'jar', description: 'A purifying clay mask that draws out oil and leaves pores clearer.', variants: variants('MASK-CLAY', {}, 1500, [19]) },
  { name: 'Rosehip Face Oil', category: 'skincare', glyph: 'perfume', description: 'Cold-pressed organic rosehip oil that nourishes dry skin and helps fade marks.', variants: variants('OIL-ROSEHIP', {}, 1900, [0]) },
];

const makeup: DemoProduct[] = [
  { name: 'Satin Lipstick', category: 'makeup', glyph: 'lipstick', description: 'A creamy satin lipstick with rich colour and vitamin E, so it doesn’t dry your lips.', variants: variants('LIPSTICK-SATIN', { Shade: ['Rosewood', 'Brick red', 'Nude pink', 'Berry', 'Coral'] }, 1800, [20, 14, 0, 9, 3]) },
  { name: 'Volumising Mascara', category: 'makeup', glyph: 'lipstick', description: 'A lengthening, smudge-proof mascara that builds without clumps. Ophthalmologist tested.', variants: variants('MASCARA', { Shade: ['Black', 'Brown-black'] }, 1600, [33, 12]) },
  { name: 'Skin Tint SPF 30', category: 'makeup', glyph: 'perfume', description: 'A sheer, dewy skin tint with SPF 30 that evens out your skin tone in seconds.', variants: variants('SKINTINT', { Shade: ['Fair', 'Light', 'Medium', 'Tan', 'Deep'] }, 2400, [11, 16, 0, 7, 4]) },
  { name: 'Cream Blush Stick', category: 'makeup', glyph: 'lipstick', description: 'A buildable cream blush in a stick that blends in with your fingertips.', variants: variants('BLUSH-STICK', { Shade: ['Peach', 'Rose', 'Plum'] }, 1700, [14, 9, 2]) },
  { name: 'Waterproof Brow Pencil', category: 'makeup', glyph: 'lipstick', description: 'A fine-tipped waterproof brow pencil with a spoolie brush on the other end.', variants: variants('BROW-PENCIL', { Shade: ['Blonde', 'Brunette', 'Dark brown'] }, 1300, [18, 25, 6]) },
  { name: 'Warm Neutrals Eyeshadow Palette', category: 'makeup', glyph: 'jar', description: 'Twelve matte and shimmer eyeshadows in warm, wearable shades, with a mirror in the lid.', variants: variants('PALETTE-WARM', {}, 3200, [5]) },
];

const hairCare: DemoProduct[] = [
  { name: 'Argan Oil Shampoo', category: 'hair-care', glyph: 'bottle', description: 'A sulphate-free shampoo with argan oil for soft, shiny hair, safe for colour-treated hair.', variants: variants('SHAMPOO-ARGAN', { Volume: ['250 ml', '500 ml'] }, { '250 ml': 1400, '500 ml': 2200 }, [24, 9]) },
  { name: 'Repairing Hair Mask', category: 'hair-care', glyph: 'jar', description: 'A deep-conditioning mask with keratin and shea butter for dry, damaged hair.', variants: variants('HAIRMASK', {}, 1800, [13]) },
  { name: 'Solid Shampoo Bar', category: 'hair-care', glyph: 'jar', description: 'A plastic-free shampoo bar that lasts as long as two bottles of liquid shampoo.', variants: variants('SHAMPOO-BAR', { Scent: ['Rosemary mint', 'Citrus'] }, 900, [40, 28]) },
  { name: 'Heat Protect Spray', category: 'hair-care', glyph: 'bottle', description: 'Protects hair from straighteners and hairdryers up to 230 °C, and tames frizz.', variants: variants('HEATSPRAY', {}, 1500, [0]) },
];

const fragrance: DemoProduct[] = [
  { name: 'Cedar & Fig Eau de Parfum', category: 'beauty', glyph: 'perfume', description: 'A warm, woody perfume with notes of fig leaf, cedarwood and a touch of pink pepper.', variants: variants('EDP-CEDARFIG', { Volume: ['30 ml', '50 ml'] }, { '30 ml': 4500, '50 ml': 6500 }, [8, 3]) },
  { name: 'Neroli Hand Cream', category: 'beauty', glyph: 'jar', description: 'A fast-absorbing hand cream with neroli and shea butter that doesn’t leave hands greasy.', variants: variants('HANDCREAM-NEROLI', {}, 1200, [36]) },
];

/** The marketplace's other sellers: active and verified, with no demo login. */
export const otherSellerAccounts: DemoSellerAccount[] = [
  { email: 'seller2@example.com', fullName: 'Rowan Hale', phone: '+12025550161', business: { name: 'Fernhill Outfitters', taxId: 'US-47-2210583' } },
  { email: 'seller3@example.com', fullName: 'Priya Natarajan', phone: '+12025550187', business: { name: 'Paper Lantern Books & Games', taxId: 'US-83-5516204' } },
  { email: 'seller4@example.com', fullName: 'Juniper Rose', phone: '+12025550126', business: { name: 'Juniper & Rose Apothecary', taxId: 'US-61-9034471' } },
];

/**
 * Every seller's catalog, in the order it is written. The last products written are the newest,
 * so Northwind Goods (the demo login's shop, seller@example.com) comes last and opens New arrivals.
 */
export const demoShops: DemoShop[] = [
  {
    sellerEmail: 'seller2@example.com',
    departments: ['clothing', 'outdoors', 'sports'],
    products: [...tShirts, ...outerwear, ...shoes, ...knitwear, ...hatsAndAccessories, ...camping, ...cycling, ...hiking, ...fitness, ...ballSports, ...yoga],
  },
  {
    sellerEmail: 'seller3@example.com',
    departments: ['books', 'toys-games'],
    products: [...fiction, ...nonFiction, ...childrensBooks, ...cookbooks, ...boardGames, ...buildingToys, ...puzzles, ...toys],
  },
  { sellerEmail: 'seller4@example.com', departments: ['beauty'], products: [...skincare, ...makeup, ...hairCare, ...fragrance] },
  {
    sellerEmail: 'seller@example.com',
    departments: ['electronics', 'home-kitchen'],
    products: [...audio, ...computerAccessories, ...phonesAndTablets, ...cameras, ...wearables, ...lighting, ...cookware, ...tableware, ...furniture, ...decor, ...northwindNewArrivals],
  },
];
