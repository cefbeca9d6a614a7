var payload_details =  {
  "tweets" : 5,
  "created_at" : "2014-07-02 18:41:09 +0000",
  "lang" : "en"
}