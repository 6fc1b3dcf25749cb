extension TagVocabulary {
    /// gutskin's built-in tags: the foods and products the articles gutskin draws on link with
    /// skin and gut symptoms (dairy, sugar and refined carbohydrates with acne; alcohol and spicy
    /// food with rosacea flushing; new or fragranced products with contact dermatitis). They are
    /// for grouping items, not claims about any item.
    public static let standard = TagVocabulary(keywords: [
        (
            "dairy",
            [
                "milk", "cheese", "yogurt", "yoghurt", "butter", "cream", "ice cream", "kefir", "whey", "latte",
                "cappuccino", "mozzarella", "cheddar", "parmesan", "feta", "brie", "custard", "pizza", "milkshake",
                "dairy", "quark", "ricotta", "paneer", "ghee", "casein",
            ]
        ),
        (
            "sugary foods",
            [
                "sugar", "sweets", "candy", "chocolate", "cake", "cookie", "biscuit", "soda", "cola", "doughnut",
                "donut", "ice cream", "dessert", "honey", "syrup", "jam", "pastry", "lemonade", "milkshake",
                "muffin", "brownie",
            ]
        ),
        (
            "refined carbohydrates",
            [
                "white bread", "bread", "bagel", "pasta", "white rice", "pizza", "croissant", "crackers",
                "cereal", "chips", "crisps", "fries", "noodles", "pastry", "cake", "cookie", "biscuit",
                "muffin", "doughnut", "donut", "pancake", "waffle", "toast", "baguette",
            ]
        ),
        (
            "gluten",
            [
                "wheat", "bread", "pasta", "pizza", "barley", "rye", "beer", "bagel", "croissant", "couscous",
                "seitan", "spelt", "noodles", "cake", "cookie", "biscuit", "muffin", "pancake", "waffle", "toast",
                "baguette", "cereal", "crackers",
            ]
        ),
        (
            "alcohol",
            [
                "wine", "beer", "vodka", "whisky", "whiskey", "gin", "rum", "cocktail", "cider", "champagne",
                "prosecco", "sake", "tequila", "alcohol", "spirits", "lager", "ale",
            ]
        ),
        (
            "spicy food",
            [
                "chili", "chilli", "hot sauce", "curry", "jalapeno", "jalapeño", "sriracha", "cayenne", "spicy",
                "wasabi", "harissa", "tabasco", "kimchi", "pepper flakes",
            ]
        ),
        (
            "high-fibre foods",
            [
                "oats", "oatmeal", "porridge", "beans", "lentils", "chickpeas", "broccoli", "apple", "pear",
                "berries", "raspberries", "bran", "whole grain", "wholegrain", "wholemeal", "quinoa",
                "flaxseed", "chia", "vegetables", "salad", "artichoke", "avocado", "hummus", "peas", "nuts",
            ]
        ),
        (
            "fermented foods",
            [
                "kefir", "yogurt", "yoghurt", "sauerkraut", "kimchi", "kombucha", "miso", "tempeh", "natto",
                "pickles", "sourdough", "fermented",
            ]
        ),
        ("probiotic", ["probiotic", "lactobacillus", "bifidobacterium", "saccharomyces boulardii", "lgg"]),
        (
            "antibiotic",
            [
                "antibiotic", "amoxicillin", "doxycycline", "minocycline", "azithromycin", "clarithromycin",
                "ciprofloxacin", "cephalexin", "clindamycin", "penicillin", "metronidazole", "lymecycline",
                "tetracycline", "erythromycin", "trimethoprim",
            ]
        ),
        (
            "new cleanser or moisturiser",
            [
                "new cleanser", "new moisturiser", "new moisturizer", "new face wash",
                "new lotion", "new cream", "new serum", "new sunscreen", "new soap",
            ]
        ),
        (
            "fragranced product",
            [
                "fragrance", "fragranced", "perfume", "scented", "cologne", "parfum",
                "essential oil", "aftershave",
            ]
        ),
        ("eggs", ["egg", "omelette", "omelet", "mayonnaise"]),
        ("nuts", ["nuts", "peanut", "almond", "cashew", "walnut", "hazelnut", "pistachio", "pecan"]),
        ("caffeine", ["coffee", "espresso", "latte", "cappuccino", "tea", "energy drink", "cola"]),
        ("processed meat", ["bacon", "sausage", "ham", "salami", "hot dog", "pepperoni", "chorizo"]),
        (
            "high-histamine foods",
            [
                "aged cheese", "parmesan", "salami", "wine", "sauerkraut", "tomato", "spinach",
                "smoked fish", "tuna", "mackerel",
            ]
        ),
    ])
}
