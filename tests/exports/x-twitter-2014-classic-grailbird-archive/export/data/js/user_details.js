var user_details =  {
  "screen_name" : "defne_akw",
  "location" : "Eski\u015fehir",
  "full_name" : "Defne Aksoy-Whitlock",
  "bio" : "Potter. Wood ash glazes, slow kilns, small bowls.",
  "id" : "2401938475",
  "created_at" : "2014-03-21 10:48:15 +0000"
}